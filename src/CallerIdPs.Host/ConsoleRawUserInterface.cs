using System;
using System.Management.Automation.Host;

namespace CallerIdPs.Host
{
    /// <summary>The console's size and colours, with sensible values when output is redirected (no window).</summary>
    internal sealed class ConsoleRawUserInterface : PSHostRawUserInterface
    {
        private const int RedirectedWidth = 160;

        public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

        public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

        public override Size BufferSize
        {
            get => new Size(Width, 9999);
            set { }
        }

        public override Coordinates CursorPosition { get; set; }

        public override int CursorSize { get; set; } = 25;

        public override bool KeyAvailable => !Console.IsInputRedirected && Console.KeyAvailable;

        public override Size MaxPhysicalWindowSize => new Size(Width, 50);

        public override Size MaxWindowSize => new Size(Width, 50);

        public override Coordinates WindowPosition { get; set; }

        public override Size WindowSize
        {
            get => new Size(Width, 50);
            set { }
        }

        public override string WindowTitle { get; set; } = "CallerId";

        private static int Width
        {
            get
            {
                if (Console.IsOutputRedirected) return RedirectedWidth;
                try
                {
                    return Console.WindowWidth > 0 ? Console.WindowWidth : RedirectedWidth;
                }
                catch (System.IO.IOException)
                {
                    return RedirectedWidth;
                }
            }
        }

        public override void FlushInputBuffer()
        {
        }

        public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException("This host has no screen buffer.");

        public override KeyInfo ReadKey(ReadKeyOptions options)
        {
            var key = Console.ReadKey((options & ReadKeyOptions.NoEcho) != 0);
            return new KeyInfo((int)key.Key, key.KeyChar, ControlKeyStates.NumLockOn, true);
        }

        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) =>
            throw new NotSupportedException("This host has no screen buffer.");

        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) =>
            throw new NotSupportedException("This host has no screen buffer.");

        public override void SetBufferContents(Rectangle rectangle, BufferCell fill) =>
            throw new NotSupportedException("This host has no screen buffer.");
    }
}
