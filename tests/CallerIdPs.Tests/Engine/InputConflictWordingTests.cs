using System;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Two inputs where a command takes one are refused in one wording (InputConflicts.OneOf) whichever cmdlet refuses,
    /// about the typed value, and a piped object is named as the user knows it, never by its .NET type name.
    /// </summary>
    public sealed class InputConflictWordingTests : IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public InputConflictWordingTests()
        {
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox; Connect-CallerIdProvider -Provider AppleBusiness -Sandbox").AssertNoErrors();
            _session.Run("$group = @(Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1); $held = @($group | New-NumberReservation); $a = @(Get-CallerId -Connection AppleBusiness -First 2)").AssertNoErrors();
        }

        public void Dispose() => _session.Dispose();

        [Theory]
        [InlineData("$group | New-NumberReservation -PhoneNumber +447700900123 -WhatIf", "'+447700900123'", "Say one thing to reserve: -PhoneNumber was given and a number group was piped; they may not be the same number.")]
        [InlineData("New-NumberReservation -Group $group[0] -GroupId x -WhatIf", "$group[0]", "Say one thing to reserve: -Group and -GroupId were given together; they may not be the same number.")]
        [InlineData("$held | Invoke-NumberPurchase -ReservationId $held[0].Id -WhatIf", "$held[0].Id", "Say one thing to buy: -ReservationId was given and a number reservation was piped; they may not be the same number.")]
        [InlineData("[pscustomobject]@{ ReservationId = 'abc' } | Invoke-NumberPurchase -Group $group[0] -WhatIf", "$group[0]", "Say one thing to buy: -Group was given and an object with properties ReservationId was piped; they may not be the same number.")]
        [InlineData("Remove-CallerId -Id $a[0].Id -PhoneNumber $a[1].PhoneNumber -WhatIf", "$a[0].Id", "Say one thing to act on: -Id and -PhoneNumber were given together; they may not be the same caller ID.")]
        [InlineData("[pscustomobject]@{ PhoneNumber = $a[0].PhoneNumber; ConnectionName = 'AppleBusiness' } | Set-CallerId -Id $a[1].Id -Department department.general.sales -WhatIf", "$a[1].Id", "Say one thing to act on: -Id was given and an object with properties PhoneNumber, ConnectionName was piped; they may not be the same caller ID.")]
        [InlineData("[pscustomobject]@{ Id = $a[0].Id; ConnectionName = 'AppleBusiness' } | Remove-CallerId -PhoneNumber $a[1].PhoneNumber -WhatIf", "$a[1].PhoneNumber", "Say one thing to act on: -PhoneNumber was given and an object with properties Id, ConnectionName was piped; they may not be the same caller ID.")]
        public void Two_inputs_are_one_InvalidInput_about_the_typed_value_naming_a_piped_object_the_users_way(string command, string offending, string message)
        {
            Assert.Equal(message, InputRefusal.Of(_session, command, offending).Exception.Message);
        }
    }
}
