using System;

namespace CallerIdPs.Model
{
    /// <summary>Kinds of phone number across providers. -Type parameters also accept the providers' spellings
    /// ("tollfree", "toll-free", "shared-cost").</summary>
    public enum NumberType
    {
        Local,
        Mobile,
        National,
        TollFree,
        SharedCost,
        Global,
    }

    public static class NumberTypes
    {
        /// <summary>Reads any provider spelling: "tollfree", "toll-free", "toll_free", "shared-cost", "sharedcost"…</summary>
        public static NumberType? Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var compact = text!.Replace("-", "").Replace("_", "").Replace(" ", "");
            // Enum.TryParse also reads digits as ordinals ("2" → National); providers' numeric ids are not our ordinals.
            if (compact.Length == 0 || !char.IsLetter(compact[0])) return null;
            return Enum.TryParse<NumberType>(compact, true, out var type) && Enum.IsDefined(typeof(NumberType), type)
                ? type
                : (NumberType?)null;
        }
    }
}
