# The module in a user's pwsh session: tab completion through TabExpansion2, -WhatIf and -Confirm at a real console,
# $ErrorActionPreference = 'Stop' with try/catch on each error id, Remove-Module then Import-Module, connections used
# from ForEach-Object -Parallel and Start-ThreadJob, and the module beside one that ships older dependencies.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
    Import-CallerId

    function Get-Completion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText
    }

    # A script run by a fresh pwsh whose console answers prompts with the given lines (as a person typing them).
    function Invoke-AnsweredPwsh([string] $Script, [string[]] $Answers) {
        $file = Join-Path $TestDrive "answered-$([guid]::NewGuid().ToString('n')).ps1"
        Set-Content -Path $file -Value ("`$PSStyle.OutputRendering = 'PlainText'; Import-Module '$ModuleManifest'`n" + $Script)
        $start = [Diagnostics.ProcessStartInfo]::new([Environment]::ProcessPath)
        if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') { $start.ArgumentList.Add([Environment]::GetCommandLineArgs()[0]) }
        foreach ($argument in '-NoProfile', '-File', $file) { $start.ArgumentList.Add($argument) }
        $start.RedirectStandardInput = $true
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $process = [Diagnostics.Process]::Start($start)
        foreach ($answer in $Answers) { $process.StandardInput.WriteLine($answer) }
        $process.StandardInput.Close()
        $errors = $process.StandardError.ReadToEndAsync()
        $output = $process.StandardOutput.ReadToEnd()
        if (-not $process.WaitForExit(60000)) { $process.Kill($true); throw "pwsh did not finish: $output" }
        [pscustomobject] @{ ExitCode = $process.ExitCode; Text = $output + $errors.Result }
    }
}

AfterAll {
    Disconnect-Everything
}

Describe 'Tab completion through TabExpansion2' {
    BeforeAll {
        Connect-Sandbox
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name Main
    }

    It 'completes countries' {
        $matches = Get-Completion 'Get-NumberRegion -Country G'
        $matches | Should -Contain 'GB'
        # Codes match by code or by country name: "G" also offers DE (Germany).
        $matches | Should -Contain 'DE'
        Get-Completion 'Get-CallerId -Country U' | Should -Contain 'US'
        Get-Completion 'Get-NumberRegion -Country Ger' | Should -Be 'DE'
    }

    It 'completes connection names on every connected cmdlet and on Disconnect' {
        Get-Completion 'Get-CallerId -Connection M' | Should -Be 'Main'
        Get-Completion 'Get-VirtualNumber -Connection Iden' | Should -Be 'IdentityCall'
        Get-Completion 'Disconnect-CallerIdProvider -Name Ma' | Should -Be 'Main'
        Get-Completion 'Get-CallerIdConnection -Name Pl' | Should -Be 'Plivo'
    }

    It 'completes 2Chat region ids for the country typed' {
        $matches = Get-Completion 'Get-NumberCity -Country US -RegionId '
        $matches | Should -Contain '5'
        Get-Completion 'Find-NumberGroup -Country US -RegionId ' | Should -Contain '5'
    }

    It 'completes 2Chat city ids of the region typed' {
        $ids = Get-Completion 'Find-NumberGroup -Country US -RegionId 5 -CityId '
        $ids | Should -Not -BeNullOrEmpty
        $ids | ForEach-Object { $_ | Should -Match '^\d+$' }
    }

    It 'completes 2Chat city names, quoted when they have spaces' {
        Get-Completion 'Find-NumberGroup -Country US -City Los' | Should -Be "'Los Angeles'"
    }

    It 'completes Apple departments' {
        Get-Completion 'New-CallerId -Department department.general.support.c' | Should -Contain 'department.general.support.customer_service'
        Get-Completion 'Get-CallerId -Department department.general.support.c' | Should -Contain 'department.general.support.customer_service'
        Get-Completion 'Set-CallerId -Department department.general.support.c' | Should -Contain 'department.general.support.customer_service'
    }

    It 'completes enum values: number types, providers, channels' {
        Get-Completion 'Find-NumberGroup -Country GB -Type T' | Should -Contain 'TollFree'
        Get-Completion 'Connect-CallerIdProvider -Provider Pl' | Should -Be 'Plivo'
        Get-Completion 'Start-CallerIdVerification -PhoneNumber +14155550100 -Channel C' | Should -Be 'Call'
    }

    It 'has a test here for every completer the module declares' {
        $completers = foreach ($command in Get-Command -Module CallerId) {
            foreach ($parameter in $command.Parameters.Values) {
                $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ArgumentCompleterAttribute] } | ForEach-Object { $_.Type.Name }
            }
        }
        $thisFile = Get-Content -Raw $PSCommandPath
        $tested = @{ CountryCompleter = '-Country'; ConnectionNameCompleter = '-Connection'; NumberRegionCompleter = '-RegionId'; NumberCityCompleter = '-City Los'; NumberCityIdCompleter = '-CityId '; DepartmentCompleter = '-Department'
            NumberGroupIdCompleter = '-GroupId gbm'; ReservationIdCompleter = '-ReservationId '; VirtualNumberIdCompleter = 'Get-VirtualNumber -Id '; OwnedPhoneNumberCompleter = '-PhoneNumber '; SoldNumberTypeCompleter = '-Country US -Type ' }
        $completers | Sort-Object -Unique | Where-Object { -not $tested.ContainsKey($_) -or -not $thisFile.Contains($tested[$_]) } | Should -BeNullOrEmpty
    }
}

Describe '-WhatIf and -Confirm' {
    BeforeEach { Connect-Sandbox }

    It '-WhatIf names the number, provider, account, connection and price, and buys nothing' {
        # What-if text goes to the console, so a console is what is read.
        $run = Invoke-FreshPwsh @'
Connect-CallerIdProvider -Provider TwoChat -Sandbox
Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation | Out-Null
Get-NumberReservation | Invoke-NumberPurchase -WhatIf
"reservations: $(@(Get-NumberReservation).Count); numbers: $(@(Get-VirtualNumber).Count)"
'@
        $run.ExitCode | Should -Be 0 -Because $run.Text
        $said = $run.Text -replace '\s+', ' '
        $said | Should -Match "What if: Buy \+44\d+ .*from 2Chat account '.+' \(connection 'TwoChat', sandbox\) for 0\.00 USD setup and 5\.00 USD a month"
        $said | Should -Match 'reservations: 1; numbers: 9'
    }

    It '-WhatIf changes nothing on every cmdlet that spends or deletes' {
        $numbers = (Get-VirtualNumber).Count
        $callerIds = (Get-CallerId -Connection Plivo).Count
        Get-VirtualNumber -Connection TwoChat | Remove-VirtualNumber -WhatIf | Out-Null
        Get-CallerId -Connection Plivo | Remove-CallerId -WhatIf | Out-Null
        Get-CallerId -Connection AppleBusiness -First 3 | Remove-CallerId -WhatIf | Out-Null
        Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation | Out-Null
        Get-NumberReservation | Remove-NumberReservation -WhatIf | Out-Null
        (Get-VirtualNumber).Count | Should -Be $numbers
        (Get-CallerId -Connection Plivo).Count | Should -Be $callerIds
        Get-NumberReservation | Should -HaveCount 1
    }

    It 'asks at the console, naming the account and price, and does only what the answer says' {
        $run = Invoke-AnsweredPwsh -Answers 'N', 'Y' -Script @'
Connect-CallerIdProvider -Provider TwoChat -Sandbox
Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation | Out-Null
Get-NumberReservation | Invoke-NumberPurchase -Confirm
"reservations after No: $(@(Get-NumberReservation).Count)"
Get-NumberReservation | Remove-NumberReservation -Confirm
"reservations after Yes: $(@(Get-NumberReservation -WarningAction SilentlyContinue).Count)"
'@
        $run.ExitCode | Should -Be 0 -Because $run.Text
        $said = $run.Text -replace "\s+", " "
        $said | Should -Match "Buy \+44\d+ .*2Chat account '.+' \(connection 'TwoChat', sandbox\) for 0\.00 USD setup and 5\.00 USD a month"
        $said | Should -Match "Cancel the reservation of \+44\d+ .*2Chat account"
        $run.Text | Should -Match 'reservations after No: 1'
        $run.Text | Should -Match 'reservations after Yes: 0'
    }
}

Describe '$ErrorActionPreference = ''Stop'' with try/catch on each error id' {
    BeforeAll {
        Connect-Sandbox
        # The emulator over loopback HTTP, for what the in-process sandbox cannot show: another key's permissions.
        $server = Start-EmulatorServer -Provider IdentityCall
    }
    AfterAll { Stop-EmulatorServer $server }

    It 'catches <Id>' -ForEach @(
        @{ Id = 'CredentialMissing'; Run = { Remove-Item env:CALLERID_TWOCHAT_API_KEY -ErrorAction Ignore; Connect-CallerIdProvider -Provider TwoChat -Name NoKey } }
        @{ Id = 'InvalidInput'; Run = { Get-CallerId -PhoneNumber 'not a number' } }
        @{ Id = 'NotFound'; Run = { Get-VirtualNumber -Connection IdentityCall -Id 999 } }
        @{ Id = 'OtpRejected'; Run = { Start-CallerIdVerification -PhoneNumber +14155550100 -Alias HQ 6>$null | Confirm-CallerIdVerification -Otp 000000 } }
        @{ Id = 'RequirementsUnmet'; Run = { Find-NumberGroup -Country DE -Type local | Select-Object -First 1 | Invoke-NumberPurchase -Confirm:$false } }
        @{ Id = 'EtagConflict'; Run = { $id = Get-CallerId -Connection AppleBusiness -First 1; $id | Set-CallerId -Department department.general.sales; $id | Set-CallerId -Department department.general.support.customer_service } }
        @{ Id = 'NumberUnavailable'; Run = { $n = Get-NumberRegion -Country US | Where-Object Name -eq 'California' | Get-NumberCity | Where-Object Name -eq 'Los Angeles' | Find-NumberGroup -Type local | Get-AvailableNumber | Select-Object -First 1; $n | New-NumberReservation; $n | New-NumberReservation } }
        @{ Id = 'PermissionDenied'; Run = { Connect-CallerIdProvider -Provider IdentityCall -Name ReadOnly -BaseUri $server.BaseUri -ApiKey (ConvertTo-SecureString $server.Keys.ReadOnly -AsPlainText -Force); Set-VirtualNumber -Connection ReadOnly -Id 7 -Name 'Nope' -Confirm:$false } }
        @{ Id = 'AuthenticationFailed'; Run = { Connect-CallerIdProvider -Provider IdentityCall -Name Expired -BaseUri $server.BaseUri -ApiKey (ConvertTo-SecureString $server.Keys.Expired -AsPlainText -Force) } }
    ) {
        $ErrorActionPreference = 'Stop'
        $caught = $null
        try { & $Run 3>$null | Out-Null }
        catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty -Because 'the error stops the script'
        $caught.FullyQualifiedErrorId | Should -BeLike "$Id,*"
        $caught.Exception.GetType().FullName | Should -Be 'CallerIdPs.Errors.CallerIdException'
        $caught.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }
}

Describe 'Remove-Module then Import-Module in one session' {
    It 'works again after a re-import, with a new connection' {
        $run = Invoke-FreshPwsh @'
Connect-CallerIdProvider -Provider TwoChat -Sandbox
"before: $(@(Get-NumberType).Count)"
Remove-Module CallerId
if (Get-Command Get-NumberType -ErrorAction Ignore) { throw 'still there after Remove-Module' }
Import-Module 'MANIFEST'
Connect-CallerIdProvider -Provider TwoChat -Sandbox
"after: $(@(Get-NumberType).Count)"
"caller IDs: $(@(Get-CallerId).Count)"
'@.Replace('MANIFEST', $ModuleManifest)
        $run.ExitCode | Should -Be 0 -Because $run.Text
        $run.Text | Should -Match 'before: 6'
        $run.Text | Should -Match 'after: 6'
        $run.Text | Should -Match 'caller IDs: 1257'
    }

    It 'says an old connection object was closed by Remove-Module' {
        $run = Invoke-FreshPwsh @'
$c = Connect-CallerIdProvider -Provider TwoChat -Sandbox -PassThru
Remove-Module CallerId
Import-Module 'MANIFEST'
try { Get-NumberType -Connection $c } catch { $_.Exception.Message }
'@.Replace('MANIFEST', $ModuleManifest)
        $run.Text | Should -Be "The connection 'TwoChat' was closed when the module was removed (Remove-Module CallerId)."
    }
}

Describe 'Connections in other runspaces' {
    BeforeAll {
        Connect-Sandbox TwoChat
        $connection = Get-CallerIdConnection -Name TwoChat
    }

    It 'lists through a connection passed to ForEach-Object -Parallel' {
        $counts = 1..3 | ForEach-Object -ThrottleLimit 3 -Parallel {
            Import-Module $using:ModuleManifest
            @(Get-CallerId -Connection $using:connection -First 10).Count
        }
        $counts | Should -Be @(10, 10, 10)
    }

    It 'reserves through a connection passed to Start-ThreadJob' {
        $job = Start-ThreadJob -ArgumentList $connection, $ModuleManifest -ScriptBlock {
            param($connection, $manifest)
            Import-Module $manifest
            Find-NumberGroup -Connection $connection -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation -Connection $connection
        }
        $reservation = $job | Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop
        $reservation.PhoneNumber | Should -Match '^\+44'
        # The same account: the session that made the connection sees the reservation.
        (Get-NumberReservation -Connection TwoChat).PhoneNumber | Should -Contain $reservation.PhoneNumber
    }

    It 'finds and lists the session''s connection by name in ForEach-Object -Parallel, as -Connection does' {
        $names = 1..2 | ForEach-Object -Parallel {
            Import-Module $using:ModuleManifest
            (Get-CallerIdConnection -Name TwoChat).Name
        }
        $names | Should -Be @('TwoChat', 'TwoChat')
    }
}

Describe 'Beside a module that ships older Microsoft.Extensions assemblies' {
    BeforeAll {
        $probe = Get-ChildItem -Path (Join-Path $RepoRoot 'tests/CallerIdPs.IsolationProbe/bin') -Filter OtherModule.psd1 -Recurse |
            Sort-Object LastWriteTime -Descending | Select-Object -First 1
        $script = Join-Path $RepoRoot 'tests/CallerIdPs.IsolationProbe/ImportBesideOtherModule.ps1'
    }

    It 'both work when <Order> is imported first' -ForEach @(@{ Order = 'CallerId'; Switch = '-CallerIdFirst' }, @{ Order = 'the other module'; Switch = '' }) {
        $probe | Should -Not -BeNullOrEmpty -Because 'dotnet build lays out tests/CallerIdPs.IsolationProbe/bin/*/net10.0/OtherModule'
        $run = Invoke-FreshPwsh -NoImport "& '$script' -CallerIdManifest '$ModuleManifest' -OtherManifest '$($probe.FullName)' $Switch"
        $run.ExitCode | Should -Be 0 -Because $run.Text
        $run.Text | Should -Match 'caller IDs: 1257'
        $run.Text | Should -Match 'script type: 6\.0\.0\.0'
        $run.Text | Should -Match 'loaded: 6\.0\.0\.0 in DefaultAssemblyLoadContext'
        $run.Text | Should -Match 'loaded: 8\.0\.0\.0 in DependencyLoadContext'
    }
}

Describe 'Dependencies precompiled for Linux x64' {
    BeforeAll {
        $precompiled = Join-Path (Split-Path $ModuleManifest) 'Dependencies/linux-x64'
        $onLinuxX64 = $IsLinux -and [Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture -eq 'X64'
        # Where each of the module's assemblies and third-party dependencies came from, after a first listing.
        $listLocations = 'Connect-CallerIdProvider -Provider TwoChat -Sandbox | Out-Null; "listed: $(@(Get-CallerId).Count)"; [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -match ''^(CallerIdPs\.Core|Polly\.Core|Microsoft\.Extensions\.Http)$'' } | ForEach-Object { "$($_.GetName().Name) from $($_.Location)" }'
    }

    It 'loads them from Dependencies/linux-x64 in pwsh on Linux x64' {
        if (-not $onLinuxX64) { Set-ItResult -Skipped -Because 'only a Linux x64 build precompiles'; return }
        Test-Path $precompiled | Should -BeTrue -Because 'dotnet build on Linux x64 compiles them there'

        $run = Invoke-FreshPwsh $listLocations

        $run.ExitCode | Should -Be 0 -Because $run.Text
        $run.Text | Should -Match 'listed: 1257'
        foreach ($name in 'CallerIdPs.Core', 'Polly.Core', 'Microsoft.Extensions.Http') {
            $run.Text | Should -Match ([regex]::Escape("$name from $(Join-Path $precompiled "$name.dll")"))
        }
    }

    It 'works from the IL when the folder is not there (another platform, or a build without it)' {
        $copy = Join-Path $TestDrive 'CallerId'
        Copy-Item -Recurse (Split-Path $ModuleManifest) $copy
        Remove-Item -Recurse -Force (Join-Path $copy 'Dependencies/linux-x64') -ErrorAction Ignore

        $run = Invoke-FreshPwsh -NoImport "Import-Module '$(Join-Path $copy 'CallerId.psd1')'; $listLocations"

        $run.ExitCode | Should -Be 0 -Because $run.Text
        $run.Text | Should -Match 'listed: 1257'
        $run.Text | Should -Match ([regex]::Escape("CallerIdPs.Core from $(Join-Path $copy 'Dependencies/CallerIdPs.Core.dll')"))
        $run.Text | Should -Not -Match 'linux-x64'
    }
}

Describe 'Credential variables that are partly set' {
    It 'names the missing variable, and says pairs cannot be mixed: <Case>' -ForEach @(
        @{ Case = 'the id alone'; Set = '$env:CALLERID_PLIVO_AUTH_ID = ''MA1'''; Expected = 'CALLERID_PLIVO_AUTH_ID is set but CALLERID_PLIVO_AUTH_TOKEN is not.' }
        @{ Case = 'a mix of the two pairs'; Set = '$env:CALLERID_PLIVO_AUTH_ID = ''MA1''; $env:PLIVO_AUTH_TOKEN = ''t'''; Expected = 'a pair cannot be mixed' }
    ) {
        $run = Invoke-FreshPwsh "Remove-Item env:CALLERID_PLIVO_*, env:PLIVO_AUTH_* -ErrorAction Ignore; $Set; try { Connect-CallerIdProvider -Provider Plivo } catch { `$_.FullyQualifiedErrorId; `$_.Exception.Message }"
        $run.Text | Should -BeLike 'CredentialMissing,*'
        $run.Text | Should -Match ([regex]::Escape($Expected))
    }

    It 'says which pair the credential came from' {
        $run = Invoke-FreshPwsh "Remove-Item env:CALLERID_PLIVO_* -ErrorAction Ignore; `$env:PLIVO_AUTH_ID = 'MAXXXXXXXXXXXXXXXXXX'; `$env:PLIVO_AUTH_TOKEN = 't'; try { Connect-CallerIdProvider -Provider Plivo -BaseUri https://api.example.invalid -Verbose 4>&1 | Select-Object -First 1 | ForEach-Object Message } catch { }"
        $run.Text | Should -Match '^Using the credential from PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN\.'
    }
}

Describe 'Settings the chosen provider does not take' {
    It 'refuses -OrganizationId with 2Chat, as -Credential is refused' {
        $key = ConvertTo-SecureString 'k-1' -AsPlainText -Force
        $failed = try { Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -OrganizationId 123 -BaseUri https://api.example.invalid } catch { $_ }
        $failed.FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        $failed.TargetObject | Should -Be 'OrganizationId'
        $failed.Exception.Message | Should -Be '2Chat does not take -OrganizationId; only Apple Business does.'
    }
}

Describe 'Number commands at the console: each fact once, no silent end, ids completed' {
    BeforeAll { Connect-Sandbox -Provider TwoChat, Plivo, IdentityCall | Out-Null }

    It 'asks a purchase once, naming number, account and price once each' {
        $run = Invoke-AnsweredPwsh -Answers 'N' -Script @'
Connect-CallerIdProvider -Provider TwoChat -Sandbox | Out-Null
Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation | Invoke-NumberPurchase -Confirm
'@
        $run.ExitCode | Should -Be 0 -Because $run.Text
        $prompt = ($run.Text -replace '\s+', ' ') -replace '^.*?Confirm ', '' -replace '\[Y\].*$', ''
        $prompt | Should -Match "^Buy \+44\d+ \(United Kingdom, mobile, GB\) from 2Chat account 'Sandbox Telephony \(ACC\w+\)' \(connection 'TwoChat', sandbox\) for 0\.00 USD setup and 5\.00 USD a month\? $"
    }

    It 'fails once, saying why for each connection, when none can run the search' {
        Get-AvailableNumber -Country US -Type SharedCost -ErrorAction SilentlyContinue -ErrorVariable e | Should -BeNullOrEmpty
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        "$e" | Should -Match 'Plivo: Plivo sells .* not SharedCost\. IdentityCall: IdentityCall sells .* not SharedCost\.'
    }

    It 'names the IdentityCall account as the API key''s, in the connection and the -WhatIf text' {
        (Get-CallerIdConnection -Name IdentityCall).Account | Should -Be "the API key's account"
        $transcript = Join-Path $TestDrive 'idc-whatif.txt'
        Start-Transcript -Path $transcript | Out-Null
        try { Get-AvailableNumber -Country GB -Type toll-free | Select-Object -First 1 | Invoke-NumberPurchase -WhatIf }
        finally { Stop-Transcript | Out-Null }
        Get-Content $transcript | Where-Object { $_ -like 'What if:*' } | Should -Match "from IdentityCall account of the API key \(connection 'IdentityCall', sandbox\) for"
    }

    It 'completes ids the session saw, only the types a connection sells, and never file names' {
        Get-Completion 'Get-VirtualNumber -Id ' | Should -BeNullOrEmpty
        Get-Completion 'Get-AvailableNumber -Connection Plivo -Country US -Type ' | Should -Be @('Local', 'Mobile', 'National', 'TollFree')
        $groups = (Find-NumberGroup -Country GB -Type mobile).Id
        Get-Completion 'New-NumberReservation -GroupId gbm' | Sort-Object | Should -Be ($groups | Sort-Object)
        $reservation = Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation
        Get-Completion 'Invoke-NumberPurchase -ReservationId ' | Should -Be $reservation.Id
        $owned = Get-VirtualNumber -Connection Plivo
        Get-Completion 'Get-VirtualNumber -Connection Plivo -PhoneNumber ' | Sort-Object | Should -Be ($owned.PhoneNumber | Sort-Object)
    }
}
