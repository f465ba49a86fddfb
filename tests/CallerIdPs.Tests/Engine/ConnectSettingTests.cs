using System.Management.Automation;
using Xunit;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>A Connect-CallerIdProvider parameter the chosen provider does not take is refused before anything is sent,
    /// as -Credential is for a provider that takes a key, instead of being ignored.</summary>
    public sealed class ConnectSettingTests
    {
        [Theory]
        [InlineData("-OrganizationId 123", "OrganizationId")]
        [InlineData("-BrandId 456", "BrandId")]
        [InlineData("-Environment Qualification", "Environment")]
        [InlineData("-Environment Production", "Environment")]
        public void An_apple_parameter_given_to_2Chat_is_refused(string parameter, string name)
        {
            using var session = new ModuleSession();
            session.SetVariable("key", LoopbackModuleSession.Secure("k-1"));

            var result = session.Run($"Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri https://refused.invalid {parameter}");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(name, error.TargetObject);
            Assert.Equal($"2Chat does not take -{name}; only Apple Business does.", error.Exception.Message);
            Assert.Empty(session.Run("Get-CallerIdConnection").Output);
        }
    }
}
