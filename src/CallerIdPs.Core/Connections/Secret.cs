using System;
using System.Runtime.InteropServices;
using System.Security;

namespace CallerIdPs.Connections
{
    /// <summary>
    /// A credential held as a read-only SecureString. It is revealed only inside the authentication stage, for the
    /// moment a header is built, and never by ToString, serialization or an exception message.
    /// </summary>
    public sealed class Secret
    {
        private readonly SecureString _value;

        public Secret(SecureString value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            _value = value.Copy();
            _value.MakeReadOnly();
        }

        public bool IsEmpty => _value.Length == 0;

        public static Secret FromPlainText(string text)
        {
            var secure = new SecureString();
            foreach (var c in text)
            {
                secure.AppendChar(c);
            }

            return new Secret(secure);
        }

        internal string Reveal()
        {
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(_value);
                return Marshal.PtrToStringUni(pointer) ?? "";
            }
            finally
            {
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }

        public override string ToString() => "***";
    }
}
