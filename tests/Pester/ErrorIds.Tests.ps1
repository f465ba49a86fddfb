#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# $ErrorActionPreference = 'Stop' with try/catch on the error ids Session.Tests.ps1 does not reach: each one produced
# as a user could, on the sandbox, on the emulator server with shortened lifetimes, or on the adversarial fault server
# (tests/CallerIdPs.FaultServer's console entry), all over loopback. Two purchases whose answer is lost are settled over
# the module's 10 s window: this file takes about 30 s.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
    Import-CallerId

    # The fault server's console entry in a process of its own, started with the given options; its address and 2Chat
    # key come back with it. It stops on Enter (or Stop-FaultServer kills it).
    function Start-FaultServer([string[]] $Option) {
        $dll = Join-Path $RepoRoot 'tests/CallerIdPs.FaultServer/bin/Debug/net10.0/CallerIdPs.FaultServer.dll'
        if (-not (Test-Path $dll)) { dotnet build (Join-Path $RepoRoot 'tests/CallerIdPs.FaultServer') -v:q -nologo | Out-Null }
        $start = [Diagnostics.ProcessStartInfo]::new('dotnet')
        foreach ($argument in @($dll) + $Option) { $start.ArgumentList.Add($argument) }
        $start.RedirectStandardInput = $true
        $start.RedirectStandardOutput = $true
        $process = [Diagnostics.Process]::Start($start)
        $said = [Collections.Generic.List[string]]::new()
        while (($line = $process.StandardOutput.ReadLine()) -ne $null -and $line -notlike 'Enter stops it*') { $said.Add($line) }
        $text = $said -join "`n"
        $address = [regex]::Match($text, 'Fault server on (http://\S+?)/? ').Groups[1].Value
        if (-not $address) { if (-not $process.HasExited) { $process.Kill() }; throw "The fault server did not start: $text" }
        [pscustomobject] @{ Process = $process; BaseUri = $address; TwoChatKey = [regex]::Match($text, '2Chat key:\s+(\S+)').Groups[1].Value }
    }

    function Stop-FaultServer($Server) {
        if ($Server -and -not $Server.Process.HasExited) { $Server.Process.Kill(); $Server.Process.WaitForExit() }
    }

    function Connect-FaultServer($Server, [string] $Name) {
        Connect-CallerIdProvider -Provider TwoChat -Name $Name -BaseUri $Server.BaseUri -TimeoutSec 2 `
            -ApiKey (ConvertTo-SecureString $Server.TwoChatKey -AsPlainText -Force)
    }

    # What a user's own script sees: under $ErrorActionPreference = 'Stop' the error ends the try block, and catch gets it.
    function Get-CaughtError([scriptblock] $Run) {
        $ErrorActionPreference = 'Stop'
        $caught = $null
        try { & $Run 3>$null 6>$null | Out-Null }
        catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty -Because 'the error stops the script'
        $caught
    }

    function Get-PrintedValue($Server, [string] $Label) {
        [regex]::Match($Server.Text, [regex]::Escape($Label) + ':\s+(\S+)').Groups[1].Value
    }

    $servers = [Collections.Generic.List[object]]::new()
}

AfterAll {
    foreach ($server in $servers) { if ($server.PSObject.Properties['TwoChatKey']) { Stop-FaultServer $server } else { Stop-EmulatorServer $server } }
    Disconnect-Everything
}

Describe 'Error ids under $ErrorActionPreference = ''Stop''' {
    AfterEach { Disconnect-Everything }

    It 'catches NotConnected: -Connection names no connection' {
        Connect-CallerIdProvider -Provider TwoChat -Sandbox
        $caught = Get-CaughtError { Get-CallerId -Connection NoSuchConnection }
        $caught.FullyQualifiedErrorId | Should -BeLike 'NotConnected,*'
        $caught.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'catches AlreadyAttempted: a number the journal shows bought on that connection, bought again' {
        $journal = Join-Path $TestDrive 'already.jsonl'
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name Again -JournalPath $journal
        $number = Get-NumberRegion -Country US | Where-Object Name -eq 'California' | Get-NumberCity | Where-Object Name -eq 'Los Angeles' |
            Find-NumberGroup -Type local | Get-AvailableNumber | Select-Object -First 1
        $number | Should -Not -BeNullOrEmpty
        $number | Invoke-NumberPurchase -Force | Out-Null
        $caught = Get-CaughtError { $number | Invoke-NumberPurchase -Force }
        $caught.FullyQualifiedErrorId | Should -BeLike 'AlreadyAttempted,*'
        $caught.ErrorDetails.RecommendedAction | Should -Match 'AllowRepeat'
        @(Get-CallerIdJournal -Connection Again).Count | Should -Be 1 -Because 'the second purchase was not sent'
    }

    It 'catches ReservationExpired: a reservation id bought after it was cancelled' {
        Connect-CallerIdProvider -Provider TwoChat -Sandbox
        $reservation = Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation
        $reservation | Remove-NumberReservation -Confirm:$false
        $caught = Get-CaughtError { Invoke-NumberPurchase -ReservationId $reservation.Id -Force }
        $caught.FullyQualifiedErrorId | Should -BeLike 'ReservationExpired,*'
        $caught.CategoryInfo.Category | Should -Be 'OperationTimeout'
    }

    It 'catches ReservationExpired: a reservation bought after its lifetime (emulator server, --reservation-seconds 1)' {
        $server = Start-EmulatorServer -Provider TwoChat -Option '--reservation-seconds', '1'
        $servers.Add($server)
        Connect-CallerIdProvider -Provider TwoChat -Name Short -BaseUri $server.BaseUri -ApiKey (ConvertTo-SecureString (Get-PrintedValue $server 'API key') -AsPlainText -Force)
        $reservation = Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation
        Start-Sleep -Seconds 2
        $caught = Get-CaughtError { $reservation | Invoke-NumberPurchase -Force }
        $caught.FullyQualifiedErrorId | Should -BeLike 'ReservationExpired,*'
        Get-VirtualNumber -Connection Short | Where-Object PhoneNumber -eq $reservation.PhoneNumber | Should -BeNullOrEmpty
    }

    It 'catches VerificationExpired: a code confirmed after its lifetime (emulator server, --verification-seconds 1)' {
        $server = Start-EmulatorServer -Provider Plivo -Option '--verification-seconds', '1'
        $servers.Add($server)
        Connect-CallerIdProvider -Provider Plivo -Name ShortOtp -BaseUri $server.BaseUri -Credential ([pscredential]::new((Get-PrintedValue $server 'Auth ID'), (ConvertTo-SecureString (Get-PrintedValue $server 'Auth Token') -AsPlainText -Force)))
        $verification = Start-CallerIdVerification -PhoneNumber +14155550100 -Alias Late 6>$null
        Start-Sleep -Seconds 2
        $caught = Get-CaughtError { $verification | Confirm-CallerIdVerification -Otp 123456 }
        $caught.FullyQualifiedErrorId | Should -BeLike 'VerificationExpired,*'
        $caught.ErrorDetails.RecommendedAction | Should -Match 'Start-CallerIdVerification'
    }
}

Describe 'Error ids from an adversarial 2Chat (the fault server)' {
    AfterEach { Disconnect-Everything }

    It 'catches RateLimited: a listing answered 429 with a Retry-After past the call''s patience' {
        $server = Start-FaultServer '--listing', '429'
        $servers.Add($server)
        Connect-FaultServer $server -Name Limited
        $caught = Get-CaughtError { Get-VirtualNumber -Connection Limited }
        $caught.FullyQualifiedErrorId | Should -BeLike 'RateLimited,*'
        $caught.CategoryInfo.Category | Should -Be 'LimitsExceeded'
    }

    It 'catches ProviderUnavailable: a purchase answered 500 that the account shows was not made' {
        $server = Start-FaultServer '--purchase', '500', '--provider-does-not-act'
        $servers.Add($server)
        Connect-FaultServer $server -Name Down
        $number = Find-NumberGroup -Connection Down -Country GB -Type mobile | Get-AvailableNumber | Select-Object -First 1
        $number | Should -Not -BeNullOrEmpty
        $caught = Get-CaughtError { $number | Invoke-NumberPurchase -Force }
        $caught.FullyQualifiedErrorId | Should -BeLike 'ProviderUnavailable,*'
        $caught.ErrorDetails.RecommendedAction | Should -Match 'safe to try again'
        (Get-CallerIdJournal -Connection Down).Outcome | Should -Be 'SettledNotBought'
    }

    It 'catches OutcomeUnknown: a purchase whose answer is lost while the account cannot be read' {
        $server = Start-FaultServer '--purchase', 'reset', '--listing', '503'
        $servers.Add($server)
        # In a pwsh of its own, as a runbook: the Unknown journal entry stays in that session, not in the one that runs
        # the other test files (Journal.Tests.ps1 asserts there is none).
        $run = Invoke-FreshPwsh (@'
$ErrorActionPreference = 'Stop'
Connect-CallerIdProvider -Provider TwoChat -Name Lost -BaseUri 'URI' -TimeoutSec 2 -ApiKey (ConvertTo-SecureString 'KEY' -AsPlainText -Force)
$number = Find-NumberGroup -Country GB -Type mobile | Get-AvailableNumber | Select-Object -First 1
"number: $($number.PhoneNumber)"
try { $number | Invoke-NumberPurchase -Force | Out-Null; 'bought' }
catch { "caught: $($_.FullyQualifiedErrorId)"; "action: $($_.ErrorDetails.RecommendedAction)" }
"journal: $((Get-CallerIdJournal -Connection Lost).Outcome)"
'@).Replace('URI', $server.BaseUri).Replace('KEY', $server.TwoChatKey)
        $run.ExitCode | Should -Be 0 -Because $run.Text
        $run.Text | Should -Match 'number: \+44'
        $run.Text | Should -Match 'caught: OutcomeUnknown,'
        $run.Text | Should -Match 'action: Do not repeat it blindly'
        $run.Text | Should -Match 'journal: Unknown'
    }
}

Describe 'Money-path input refused before anything is sent' {
    BeforeAll { Connect-CallerIdProvider -Provider TwoChat -Sandbox; Connect-CallerIdProvider -Provider Plivo -Sandbox }
    AfterAll { Disconnect-Everything }

    It 'catches ReservationExpired: a priced reservation bought after it was cancelled, and nothing is bought' {
        $reservation = Find-NumberGroup -Country GB -City London -Type local | Get-AvailableNumber | Select-Object -First 1 | New-NumberReservation
        $reservation | Remove-NumberReservation -Force
        $caught = Get-CaughtError { $reservation | Invoke-NumberPurchase -Force }
        $caught.FullyQualifiedErrorId | Should -BeLike 'ReservationExpired,*'
        $caught.Exception.Message | Should -Not -Match 'said:'
        Get-VirtualNumber -Connection TwoChat | Where-Object PhoneNumber -eq $reservation.PhoneNumber | Should -BeNullOrEmpty
    }

    It 'catches NotFound (ObjectNotFound) for a reservation id nobody made, in purchase and cancel alike' {
        foreach ($run in { Invoke-NumberPurchase -ReservationId nope -Force }, { Remove-NumberReservation -Id nope -Force }) {
            $caught = Get-CaughtError $run
            $caught.FullyQualifiedErrorId | Should -BeLike 'NotFound,*'
            $caught.CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $caught.TargetObject | Should -Be 'nope'
        }
    }

    It 'catches InvalidInput under -WhatIf where a real run refuses: <Run>' -ForEach @(
        @{ Run = 'Set-VirtualNumber -Id abc -Connection Plivo -Name x -WhatIf'; Target = 'abc'; Says = "Id: 'abc'" }
        @{ Run = 'Set-VirtualNumber -Id +14155550200 -Connection Plivo -Subaccount bad! -WhatIf'; Target = 'bad!'; Says = 'Subaccount' }
        @{ Run = 'Set-VirtualNumber -Id +14155550200 -Connection Plivo -ApplicationId ../../x -WhatIf'; Target = '../../x'; Says = 'ApplicationId' }
        @{ Run = 'New-NumberReservation -GroupId gbloc-156 -PhoneNumber +999123456 -WhatIf'; Target = '+999123456'; Says = 'calling code' }
        @{ Run = 'Get-VirtualNumber -PhoneNumber +999123456'; Target = '+999123456'; Says = 'calling code' }
    ) {
        $caught = Get-CaughtError ([scriptblock]::Create($Run))
        $caught.FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        $caught.TargetObject | Should -Be $Target
        $caught.Exception.Message | Should -BeLike "*$Says*"
    }

    It 'catches InvalidInput for conflicting places and purchases: <Run>' -ForEach @(
        @{ Run = 'Get-NumberCity -Country US -RegionId 5 | Select-Object -First 1 | Find-NumberGroup -Country GB'; Says = 'not in GB' }
        @{ Run = '$g = Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1; $r = $g | New-NumberReservation; Invoke-NumberPurchase -Reservation $r -Group $g -WhatIf'; Says = 'one thing to buy' }
    ) {
        $caught = Get-CaughtError ([scriptblock]::Create($Run))
        $caught.FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        $caught.Exception.Message | Should -BeLike "*$Says*"
    }
}

Describe 'Errors target the value they blame, or the piped object' {
    BeforeAll {
        Connect-CallerIdProvider -Provider TwoChat -Sandbox; Connect-CallerIdProvider -Provider Plivo -Sandbox; Connect-CallerIdProvider -Provider IdentityCall -Sandbox
    }
    AfterAll { Disconnect-Everything }

    It 'targets the refused search or change value, not a description: <Run>' -ForEach @(
        @{ Run = 'Get-AvailableNumber -Connection IdentityCall -Country US -Type Local -StartsWith 415'; Target = '415' }
        @{ Run = 'Get-AvailableNumber -Connection Plivo -Country US -Type SharedCost'; Target = 'SharedCost' }
        @{ Run = 'Get-AvailableNumber -Country US -Type SharedCost'; Target = 'SharedCost' }
        @{ Run = 'Set-VirtualNumber -Id +14155550200 -Connection Plivo -RoutingStrategy priority -WhatIf'; Target = 'Priority' }
    ) {
        $caught = Get-CaughtError ([scriptblock]::Create($Run))
        $caught.FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        $caught.CategoryInfo.Category | Should -Be 'InvalidArgument'
        "$($caught.TargetObject)" | Should -BeExactly $Target
    }

    It 'targets the number a reservation is refused for, as the message does' {
        $caught = Get-CaughtError { New-NumberReservation -GroupId gbloc-156 -PhoneNumber +14155550100 -Confirm:$false }
        $caught.FullyQualifiedErrorId | Should -BeLike 'NumberUnavailable,*'
        $caught.CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $caught.Exception.Message | Should -BeLike '*+14155550100 is not available*'
        $caught.TargetObject | Should -BeExactly '+14155550100'
    }

    It 'targets and names each piped object the cmdlet cannot use: <Run>' -ForEach @(
        @{ Run = 'Get-VirtualNumber -Connection TwoChat | Select-Object -First 2 | Invoke-NumberPurchase -WhatIf'; Says = 'Invoke-NumberPurchase cannot use a virtual number, which was piped to it. Say what to buy:*' }
        @{ Run = 'Get-NumberCity -Connection TwoChat -Country US | Select-Object -First 2 | Get-AvailableNumber'; Says = 'Get-AvailableNumber cannot use a number city, which was piped to it. Say which numbers:*' }
    ) {
        $piped = @(& ([scriptblock]::Create($Run.Substring(0, $Run.LastIndexOf('|')))))
        $ErrorActionPreference = 'Continue' # one error per piped object, and the pipeline goes on
        $errors = @(& ([scriptblock]::Create($Run)) 2>&1 | Where-Object { $_ -is [Management.Automation.ErrorRecord] })
        $errors.Count | Should -Be 2
        foreach ($i in 0, 1) {
            $errors[$i].FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
            $errors[$i].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[$i].Exception.Message | Should -BeLike $Says
            $errors[$i].TargetObject.GetType() | Should -Be $piped[$i].GetType()
            "$($errors[$i].TargetObject)" | Should -BeExactly "$($piped[$i])"
        }
    }

    It 'targets the piped number record when the journal refuses a repeat purchase (AlreadyAttempted)' {
        $number = Find-NumberGroup -Country GB -City London -Type local | Get-AvailableNumber | Select-Object -First 1
        $number | Invoke-NumberPurchase -Force | Out-Null
        $caught = Get-CaughtError { $number | Invoke-NumberPurchase -Force }
        $caught.FullyQualifiedErrorId | Should -BeLike 'AlreadyAttempted,*'
        $caught.CategoryInfo.Category | Should -Be 'ResourceExists'
        $caught.TargetObject.GetType() | Should -Be $number.GetType() -Because 'the record, not its number as text'
        $caught.TargetObject.PhoneNumber | Should -BeExactly $number.PhoneNumber
    }
}
