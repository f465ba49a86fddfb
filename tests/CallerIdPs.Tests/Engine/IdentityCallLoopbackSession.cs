using CallerIdPs.Sandbox.IdentityCall;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// IdentityCall over loopback: $key holds the account-wide key, $readonly, $writeonly, $project and $expired the
    /// emulator's other keys; the connection (with $key unless told otherwise) is named IdentityCall.
    /// </summary>
    public sealed class IdentityCallLoopbackSession : LoopbackSession<IdentityCallEmulator>
    {
        public IdentityCallLoopbackSession(string? connectWith = IdentityCallEmulatorOptions.AccountKey, IdentityCallEmulatorOptions? options = null)
            : base(new IdentityCallEmulator(options ?? new IdentityCallEmulatorOptions { RequestsPerMinute = 10000 }))
        {
            Session.SetVariable("key", Secure(IdentityCallEmulatorOptions.AccountKey));
            Session.SetVariable("readonly", Secure(IdentityCallEmulatorOptions.ReadOnlyKey));
            Session.SetVariable("writeonly", Secure(IdentityCallEmulatorOptions.WriteOnlyKey));
            Session.SetVariable("project", Secure(IdentityCallEmulatorOptions.ProjectKey));
            Session.SetVariable("expired", Secure(IdentityCallEmulatorOptions.ExpiredKey));
            if (connectWith != null)
            {
                Session.SetVariable("connectWith", Secure(connectWith));
                Session.Run("Connect-CallerIdProvider -Provider IdentityCall -ApiKey $connectWith -BaseUri $uri -RequestsPerMinute 10000").AssertNoErrors();
            }
        }
    }
}
