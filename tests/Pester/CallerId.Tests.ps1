#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# The module's surface and each provider's main pipelines against the built-in sandbox, in real pwsh: run with every
# other tests/Pester file by `dotnet pwsh -NoProfile -File build.ps1 -Task Test` (and so in CI).

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
    Import-CallerId
}

AfterAll {
    Remove-Module CallerId -ErrorAction SilentlyContinue
}

Describe 'The module' {
    It 'passes Test-ModuleManifest' {
        Test-ModuleManifest $ModuleManifest | Should -Not -BeNullOrEmpty
    }

    It 'exports exactly the cmdlet classes of its assembly, as its manifest lists them' {
        $assembly = (Get-Command -Module CallerId | Select-Object -First 1).ImplementingType.Assembly
        $compiled = foreach ($type in $assembly.GetExportedTypes()) {
            $cmdlet = $type.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) | Select-Object -First 1
            if ($cmdlet -and -not $type.IsAbstract) { '{0}-{1}' -f $cmdlet.VerbName, $cmdlet.NounName }
        }
        $manifest = Test-ModuleManifest $ModuleManifest
        $compiled | Should -Not -BeNullOrEmpty
        (Get-Command -Module CallerId).Name | Sort-Object | Should -Be ($compiled | Sort-Object)
        $manifest.ExportedCmdlets.Keys | Sort-Object | Should -Be ($compiled | Sort-Object)
    }

    It 'loads its dependencies into a load context of their own on PowerShell 7' -Skip:($PSEdition -ne 'Core') {
        Connect-CallerIdProvider -Provider TwoChat -Sandbox | Out-Null
        $null = Get-NumberType
        $core = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'CallerIdPs.Core' }
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core).GetType().Name | Should -Be 'DependencyLoadContext'
        $http = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Microsoft.Extensions.Http' }
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($http).GetType().Name | Should -Be 'DependencyLoadContext'
    }

    It 'has help with two examples for every cmdlet' {
        foreach ($command in Get-Command -Module CallerId) {
            $help = Get-Help $command.Name -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty
            @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        }
    }
}

Describe '2Chat on the sandbox' {
    BeforeEach {
        Connect-CallerIdProvider -Provider TwoChat -Sandbox
    }

    AfterEach {
        Disconnect-Everything
    }

    It 'reserves a random GB mobile number' {
        $reservation = Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation
        $reservation.PhoneNumber | Should -Match '^\+44'
        $reservation.ExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
        (Get-NumberReservation).Id | Should -Be $reservation.Id
    }

    It 'cancels reservations piped to Remove-NumberReservation' {
        Find-NumberGroup -Country GB -Type mobile | New-NumberReservation | Out-Null
        Get-NumberReservation | Remove-NumberReservation -Confirm:$false
        Get-NumberReservation | Should -BeNullOrEmpty
    }

    It 'buys reservations piped to Invoke-NumberPurchase' {
        Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation | Out-Null
        $purchase = Get-NumberReservation | Invoke-NumberPurchase -Confirm:$false
        $purchase.Status | Should -Be 'Purchased'
        Get-NumberReservation | Should -BeNullOrEmpty
        (Get-CallerIdJournal | Where-Object Operation -eq Purchase).Outcome | Should -Contain 'Succeeded'
    }

    It 'changes nothing with -WhatIf' {
        Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation | Out-Null
        $before = @(Get-VirtualNumber).Count
        Get-NumberReservation | Invoke-NumberPurchase -WhatIf
        @(Get-VirtualNumber).Count | Should -Be $before
        @(Get-NumberReservation).Count | Should -Be 1
    }

    It 'lists every caller ID once across pages' {
        $ids = (Get-CallerId).Id
        $ids.Count | Should -Be 1257
        ($ids | Sort-Object -Unique).Count | Should -Be 1257
    }

    It 'keeps the active virtual numbers with Where-Object Active' {
        Get-VirtualNumber | Where-Object Active | ForEach-Object { $_.Active | Should -BeTrue }
    }

    It 'refuses a malformed phone number before any request' {
        { New-NumberReservation -GroupId any -PhoneNumber 12345 -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidInput,CallerIdPs.Cmdlets.Numbers.NewNumberReservationCommand'
    }

    It 'refuses an unknown country' {
        { Get-NumberRegion -Country XX -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidInput,CallerIdPs.Cmdlets.Numbers.GetNumberRegionCommand'
    }

    It 'refuses a group with requirements unless -Force' {
        { Find-NumberGroup -Country DE -Type local | Select-Object -First 1 | Invoke-NumberPurchase -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'RequirementsUnmet,CallerIdPs.Cmdlets.Numbers.InvokeNumberPurchaseCommand'
    }
}

Describe 'IdentityCall on the sandbox' {
    BeforeEach {
        Connect-CallerIdProvider -Provider IdentityCall -Sandbox
    }

    AfterEach {
        Disconnect-Everything
    }

    It 'merges 2Chat and IdentityCall numbers and keeps the active ones with Where-Object Active' {
        Connect-CallerIdProvider -Provider TwoChat -Sandbox
        $active = Get-VirtualNumber | Where-Object Active
        ($active.Provider | Sort-Object -Unique) | Should -Be @('TwoChat', 'IdentityCall')
        $active | ForEach-Object { $_.Active | Should -BeTrue }
    }

    It 'stops recording on every IdentityCall number' {
        $updated = Get-VirtualNumber -Connection IdentityCall | Set-VirtualNumber -Recording:$false
        $updated.Count | Should -Be @(Get-VirtualNumber -Connection IdentityCall).Count
        $updated | ForEach-Object { $_.Recording | Should -BeFalse }
    }

    It 'buys the first US local number and names it Sales' {
        $purchase = Get-AvailableNumber -Connection IdentityCall -Country US -Type local |
            Select-Object -First 1 | Invoke-NumberPurchase -Name 'Sales' -Confirm:$false
        $purchase.Status | Should -Be 'Purchased'
        (Get-VirtualNumber -Connection IdentityCall | Where-Object Name -eq 'Sales').PhoneNumber | Should -Be $purchase.PhoneNumber
    }

    It 'returns the detail record for an id' {
        $number = Get-VirtualNumber -Id 7
        $number.IsDetailed | Should -BeTrue
        $number.RecentCalls.Count | Should -Be 10
    }
}

Describe 'Connections' {
    AfterEach { Disconnect-Everything }

    It 'holds several named connections and shows no secret' {
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name A
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name B
        (Get-CallerIdConnection).Name | Should -Be @('A', 'B')
        (Get-CallerIdConnection -Name A | ConvertTo-Json -Depth 3) | Should -Not -Match 'sbx_'
    }

    It 'refuses plain http to another machine before any request' {
        $key = ConvertTo-SecureString 'not-a-real-key' -AsPlainText -Force
        { Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri http://example.com -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidInput,CallerIdPs.Cmdlets.Connections.ConnectCallerIdProviderCommand'
    }
}

Describe '2Chat catalogue cmdlets on the sandbox' {
    BeforeAll { Connect-CallerIdProvider -Provider TwoChat -Sandbox }
    AfterAll { Disconnect-Everything }

    It 'lists the six number types' {
        (Get-NumberType).Name | Should -Be @('global', 'local', 'mobile', 'national', 'sharedcost', 'tollfree')
    }

    It 'lists the requirements of a group' {
        Find-NumberGroup -Country DE -Type local | Select-Object -First 1 | Get-NumberRequirement |
            Should -Not -BeNullOrEmpty
    }

    It 'releases a virtual number' {
        Get-VirtualNumber | Where-Object Name -eq 'Sales' | Remove-VirtualNumber -Confirm:$false
        (Get-VirtualNumber | Where-Object Name -eq 'Sales').Status | Should -Be 'PendingCancellation'
    }
}

Describe 'Plivo on the sandbox' {
    BeforeEach { Connect-CallerIdProvider -Provider Plivo -Sandbox }
    AfterEach { Disconnect-Everything }

    It 'verifies a number with the sandbox code' {
        $callerId = Start-CallerIdVerification -PhoneNumber +14155550100 -Alias HQ -Channel Call |
            Confirm-CallerIdVerification -Otp 123456
        $callerId.PhoneNumber | Should -Be '+14155550100'
        $callerId.Name | Should -Be 'HQ'
    }

    It 'removes the old aliases' {
        Get-CallerId -Connection Plivo -Alias 'old-*' | Remove-CallerId -Confirm:$false
        Get-CallerId -Connection Plivo -Alias 'old-*' -WarningAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'renames every caller ID' {
        Get-CallerId -Connection Plivo | Set-CallerId -Alias 'Support' | Out-Null
        (Get-CallerId -Connection Plivo).Name | Sort-Object -Unique | Should -Be 'Support'
    }

    It 'rejects a wrong code with OtpRejected' {
        { Start-CallerIdVerification -PhoneNumber +14155550100 | Confirm-CallerIdVerification -Otp 000000 -ErrorAction Stop } |
            Should -Throw -ErrorId 'OtpRejected,CallerIdPs.Cmdlets.Verification.ConfirmCallerIdVerificationCommand'
    }

    It 'merges Plivo and 2Chat caller IDs when no connection is named' {
        Connect-CallerIdProvider -Provider TwoChat -Sandbox
        $all = Get-CallerId
        ($all.Provider | Sort-Object -Unique) | Should -Be @('TwoChat', 'Plivo')
    }
}

Describe 'Apple Business on the sandbox' {
    BeforeEach { Connect-CallerIdProvider -Provider AppleBusiness -Sandbox }
    AfterEach { Disconnect-Everything }

    It 'lists published caller IDs created in the last 30 days' {
        $found = Get-CallerId -Connection AppleBusiness -State Published -CreatedAfter (Get-Date).AddDays(-30)
        $found | ForEach-Object { $_.State | Should -Be 'Published' }
    }

    It 'creates a branded caller ID' {
        $created = New-CallerId -PhoneNumber +18005555555 -Department department.general.support.customer_service -WarningAction SilentlyContinue
        $created.PhoneNumber | Should -Be '+18005555555'
        $created.State | Should -Be 'Submitted'
    }

    It 'changes a department with the etag and deletes' {
        $first = Get-CallerId -Connection AppleBusiness -First 1
        $first | Set-CallerId -Department department.general.support.service_center -WarningAction SilentlyContinue | Out-Null
        Get-CallerId -Connection AppleBusiness -Id $first.Id | Remove-CallerId -Confirm:$false
        Get-CallerId -Connection AppleBusiness -Id $first.Id -WarningAction SilentlyContinue | Should -BeNullOrEmpty
    }
}

Describe 'Which caller ID Set-CallerId and Remove-CallerId act on' {
    BeforeAll {
        # -WhatIf writes to the host, not to a stream: a transcript records it. Errors are kept apart.
        function Invoke-Recorded([scriptblock] $Run) {
            $ErrorActionPreference = 'Continue'
            $transcript = Join-Path $TestDrive "run-$([guid]::NewGuid()).txt"
            Start-Transcript -Path $transcript | Out-Null
            try { $errors = @(& $Run 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }) }
            finally { Stop-Transcript | Out-Null }
            [pscustomobject]@{ Errors = $errors; WhatIf = @(Get-Content $transcript | Where-Object { $_ -like 'What if:*' }) }
        }
    }
    BeforeEach {
        Connect-Sandbox -Provider Plivo, AppleBusiness
        $script:apple = @(Get-CallerId -Connection AppleBusiness -First 2)
    }
    AfterEach { Disconnect-Everything }

    It 'refuses <Name> with one InvalidInput naming the value, before any What if' -ForEach @(
        @{ Name = '-Id with another -PhoneNumber'; Offending = { $apple[0].Id }; Run = { Set-CallerId -Id $apple[0].Id -PhoneNumber $apple[1].PhoneNumber -Department department.general.support.service_center -WhatIf } }
        @{ Name = 'a piped caller ID with another -PhoneNumber'; Offending = { $apple[1].PhoneNumber }; Run = { $apple[0] | Set-CallerId -PhoneNumber $apple[1].PhoneNumber -Department department.general.support.service_center -WhatIf } }
        @{ Name = 'a piped caller ID with a -PhoneNumber to delete'; Offending = { '+14165550198' }; Run = { $apple[0] | Remove-CallerId -PhoneNumber +14165550198 -WhatIf } }
        @{ Name = 'a piped caller ID with a -Connection of another provider'; Offending = { 'Plivo' }; Run = { $apple[0] | Remove-CallerId -Connection Plivo -WhatIf } }
    ) {
        $run = Invoke-Recorded $Run
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        $run.Errors[0].TargetObject | Should -Be (& $Offending)
        $run.WhatIf | Should -BeNullOrEmpty
    }

    It 'takes a caller ID piped with its own number' {
        $run = Invoke-Recorded { $apple[0] | Remove-CallerId -PhoneNumber $apple[0].PhoneNumber -WhatIf }
        $run.Errors | Should -BeNullOrEmpty
        $run.WhatIf | Should -BeLike "What if: Delete caller ID $($apple[0].PhoneNumber) (id $($apple[0].Id)) from Apple Business account*"
    }

    It 'names the number of a caller ID given by -Id, in the What if and in the journal' {
        $run = Invoke-Recorded { Remove-CallerId -Id $apple[0].Id -WhatIf }
        $run.WhatIf | Should -BeLike "What if: Delete caller ID $($apple[0].PhoneNumber) (id $($apple[0].Id)) from Apple Business account*"
        Remove-CallerId -Id $apple[0].Id -Force
        $entry = Get-CallerIdJournal | Where-Object Operation -eq Deletion | Sort-Object Time | Select-Object -Last 1
        $entry.Subject, $entry.PhoneNumber | Should -Be $apple[0].PhoneNumber, $apple[0].PhoneNumber
    }

    It 'refuses a malformed number as InvalidInput though several connections could be meant' {
        Connect-CallerIdProvider -Provider Plivo -Sandbox -Name P2 | Out-Null
        $ErrorActionPreference = 'Continue'
        foreach ($run in { Remove-CallerId -PhoneNumber 555 -Force }, { Set-CallerId -PhoneNumber 555 -Alias X }, { Start-CallerIdVerification -PhoneNumber 555 }) {
            $errors = @(& $run 2>&1)
            $errors.Count | Should -Be 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
            $errors[0].TargetObject | Should -Be '555'
        }
    }

    It 'completes -Connection with the connections that can do the command' {
        $line = 'Start-CallerIdVerification -Connection '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be 'Plivo'
        $line = 'New-CallerId -Connection '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be 'AppleBusiness'
    }
}
