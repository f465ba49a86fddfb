using System;

namespace CallerIdPs.Model
{
    /// <summary>What a number can do. -Feature also accepts the wire spellings (sms_in, whatsapp_business).</summary>
    public enum NumberFeature
    {
        Voice,
        Sms,
        SmsIn,
        SmsOut,
        Mms,
        WhatsApp,
        WhatsAppBusiness,
    }

    public static class NumberFeatures
    {
        public static NumberFeature? Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var compact = text!.Replace("-", "").Replace("_", "").Replace(" ", "");
            if (compact.Length == 0 || !char.IsLetter(compact[0])) return null;
            return Enum.TryParse<NumberFeature>(compact, true, out var feature) && Enum.IsDefined(typeof(NumberFeature), feature)
                ? feature
                : (NumberFeature?)null;
        }
    }
}
