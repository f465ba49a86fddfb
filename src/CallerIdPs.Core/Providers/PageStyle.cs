using System;
using System.Globalization;

namespace CallerIdPs.Providers
{
    /// <summary>Where a page starts: its number, its offset and its cursor (each style uses one of them).</summary>
    internal sealed class PagePosition
    {
        public static readonly PagePosition First = new PagePosition(0, 0, null);

        public PagePosition(int index, int offset, string? cursor)
        {
            Index = index;
            Offset = offset;
            Cursor = cursor;
        }

        /// <summary>0 for the first page asked for, 1 for the next…</summary>
        public int Index { get; }

        public int Offset { get; }

        public string? Cursor { get; }
    }

    /// <summary>
    /// How a provider pages, and so when a listing ends and where the next page starts. Three styles cover every
    /// provider: page numbers (2Chat), offsets (Plivo) and opaque cursors (Apple). IdentityCall does not page.
    /// </summary>
    internal abstract class PageStyle
    {
        /// <summary>2Chat: page_number 0, 1, 2…; the end is a short or empty page, never the count alone.</summary>
        public static PageStyle PageNumber(int pageSize) => new ByPageNumber(pageSize);

        /// <summary>Plivo: offset 0, then past every item received, while the provider links a next page.</summary>
        public static PageStyle Offset() => new ByOffset();

        /// <summary>Apple: the cursor each page names for the next one, until a page names none.</summary>
        public static PageStyle Cursor() => new ByCursor();

        /// <summary>The next page's position, or null when the listing is complete.</summary>
        public abstract PagePosition? Next<T>(PagePosition current, Page<T> page);

        /// <summary>The position as the provider's parameter, for repeat detection and for messages ("offset 40").</summary>
        public abstract string Describe(PagePosition position);

        private sealed class ByPageNumber : PageStyle
        {
            private int _pageSize;

            public ByPageNumber(int pageSize) => _pageSize = pageSize;

            public override PagePosition? Next<T>(PagePosition current, Page<T> page)
            {
                // A provider that serves fewer than asked on a full first page (one provider's examples use 50 where its docs
                // say 200) would look finished after one page: its total tells, and its page size becomes ours.
                if (current.Index == 0 && page.Items.Count < _pageSize && page.Total.HasValue && page.Total.Value > page.Items.Count)
                {
                    _pageSize = page.Items.Count;
                }

                return page.Items.Count == 0 || page.Items.Count < _pageSize ? null : new PagePosition(current.Index + 1, 0, null);
            }

            public override string Describe(PagePosition position) => "page " + position.Index.ToString(CultureInfo.InvariantCulture);
        }

        private sealed class ByOffset : PageStyle
        {
            public override PagePosition? Next<T>(PagePosition current, Page<T> page) =>
                page.Items.Count == 0 || page.HasNext != true ? null : new PagePosition(current.Index + 1, current.Offset + page.Items.Count, null);

            public override string Describe(PagePosition position) => "offset " + position.Offset.ToString(CultureInfo.InvariantCulture);
        }

        private sealed class ByCursor : PageStyle
        {
            public override PagePosition? Next<T>(PagePosition current, Page<T> page) =>
                page.Items.Count == 0 || string.IsNullOrEmpty(page.NextCursor) ? null : new PagePosition(current.Index + 1, 0, page.NextCursor);

            public override string Describe(PagePosition position) =>
                position.Cursor == null ? "the first page" : "cursor '" + (position.Cursor.Length > 40 ? position.Cursor.Substring(0, 40) + "…" : position.Cursor) + "'";
        }
    }
}
