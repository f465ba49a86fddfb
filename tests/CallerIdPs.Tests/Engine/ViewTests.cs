namespace CallerIdPs.Tests.Engine
{
    /// <summary>What an admin sees at the prompt: default table views with the useful columns, never a class name.</summary>
    public sealed class ViewTests : SandboxSessionTests
    {
        public ViewTests()
            : base("TwoChat")
        {
        }

        [Theory]
        [InlineData("Get-CallerIdConnection", new[] { "Name", "Provider", "Account", "Sandbox" })]
        [InlineData("Get-CallerId -First 3", new[] { "PhoneNumber", "Name", "Country", "Status", "Verified", "ConnectionName" })]
        [InlineData("Get-VirtualNumber", new[] { "PhoneNumber", "Name", "Active", "Id", "DID64888691-483d-4ef7-8271-57e67647ddda" })]
        [InlineData("Get-NumberRegion -Country US", new[] { "RegionId", "Name", "Country", "California" })]
        [InlineData("Get-NumberCity -Country US -RegionId 5", new[] { "CityId", "Name", "Los Angeles" })]
        [InlineData("Get-NumberType", new[] { "Name", "tollfree" })]
        [InlineData("Get-NumberRequirement -Country DE -Type local", new[] { "Proof of address required" })]
        [InlineData("Find-NumberGroup -Country GB -Type mobile", new[] { "GroupId", "Location", "MonthlyPrice", "HasRequirements", "5.00 USD" })]
        [InlineData("Find-NumberGroup -Country US -RegionId 5 -Type local | Select-Object -First 1 | Get-AvailableNumber", new[] { "PhoneNumber", "Type", "MonthlyPrice", "Provider", "USD" })]
        [InlineData("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation", new[] { "PhoneNumber", "SetupPrice", "MonthlyPrice", "ExpiresAt" })]
        [InlineData("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | Invoke-NumberPurchase -Force", new[] { "PhoneNumber", "Status", "Purchased" })]
        public void Renders_a_table_with_the_columns_an_admin_wants(string command, string[] expected)
        {
            var text = _session.Render(command);

            foreach (var column in expected)
            {
                Assert.Contains(column, text);
            }

            Assert.DoesNotContain("CallerIdPs.", text);
            Assert.DoesNotContain("\u001b[", text);
        }
    }
}
