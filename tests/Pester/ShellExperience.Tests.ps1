#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# What a user sees in real pwsh (issue 14): pipelines by property name, CSV and JSON, parallel runspaces, progress,
# views at 80 columns, one error per failure, help and completion. Every test runs against the built-in sandbox.

BeforeAll {
    $script:manifest = (Resolve-Path (Join-Path $PSScriptRoot '../../out/CallerId/CallerId.psd1')).Path
    Import-Module $script:manifest -Force
    $PSStyle.OutputRendering = 'PlainText'

    function script:Connect-All {
        Disconnect-CallerIdProvider
        foreach ($provider in 'TwoChat', 'Plivo', 'AppleBusiness', 'IdentityCall') {
            Connect-CallerIdProvider -Provider $provider -Sandbox | Out-Null
        }
    }
}

AfterAll {
    Remove-Module CallerId -ErrorAction SilentlyContinue
}

Describe 'Connections across runspaces' {
    BeforeAll { Connect-All }

    It 'resolves -Connection by name in ForEach-Object -Parallel' {
        $counts = 1..2 | ForEach-Object -Parallel {
            Import-Module $using:manifest
            (Get-NumberType -Connection TwoChat).Count
        }
        $counts | Should -Be @(6, 6)
    }

    It 'takes objects piped from the main session in ForEach-Object -Parallel back to their connection' {
        $ids = Get-CallerId -Connection Plivo | Select-Object -First 2
        $renamed = $ids | ForEach-Object -Parallel {
            Import-Module $using:manifest
            $_ | Set-CallerId -Alias 'Parallel'
        }
        $renamed.Name | Should -Be @('Parallel', 'Parallel')
        (Get-CallerId -Connection Plivo -Alias Parallel).Count | Should -Be 2
    }

    It 'resolves -Connection by name in Start-ThreadJob' {
        $job = Start-ThreadJob { Import-Module $using:manifest; (Get-NumberType -Connection TwoChat).Count }
        $job | Receive-Job -Wait -AutoRemoveJob | Should -Be 6
    }

    It 'says how to name the connection when a thread job has none of its own' {
        $job = Start-ThreadJob { Import-Module $using:manifest; Get-NumberType -ErrorAction SilentlyContinue -ErrorVariable e; $e[0] }
        $err = $job | Receive-Job -Wait -AutoRemoveJob
        $err.FullyQualifiedErrorId | Should -BeLike 'NotConnected,*'
        $err.ErrorDetails.RecommendedAction + $err.Exception.Message + "$($err.Exception.Hint)" | Should -Match '-Connection TwoChat'
    }

    It 'reports an unknown connection name as NotConnected, not a binding error' {
        Get-NumberType -Connection Nowhere -ErrorAction SilentlyContinue -ErrorVariable e
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'NotConnected,*'
        $e[0].TargetObject | Should -Be 'Nowhere'
        $e[0].Exception.Message | Should -Match 'Connected: TwoChat'
    }

    It 'closes its connections when the module is removed' {
        $connection = Get-CallerIdConnection TwoChat
        Remove-Module CallerId
        $connection.IsOpen | Should -BeFalse
        Import-Module $script:manifest -Force
        Connect-All
    }
}

Describe 'Input by property name selects, never multiplies' {
    BeforeAll {
        Connect-All
        $script:csv = Join-Path $TestDrive 'rows.csv'
        function script:Through-Csv([object[]] $objects) {
            $objects | Export-Csv $script:csv
            Import-Csv $script:csv
        }
    }

    It 'gives one caller ID per piped CSV row' {
        $three = Get-CallerId | Get-Random -Count 3 -SetSeed 14
        $found = Through-Csv $three | Get-CallerId
        $found.Count | Should -Be 3
        ($found.PhoneNumber | Sort-Object) | Should -Be ($three.PhoneNumber | Sort-Object)
    }

    It 'gives at most one caller ID per piped virtual number' {
        $numbers = Get-VirtualNumber
        $found = $numbers | Get-CallerId
        $found.Count | Should -BeLessOrEqual $numbers.Count
        $found.PhoneNumber | ForEach-Object { $_ | Should -BeIn $numbers.PhoneNumber }
    }

    It 'lists nothing when nothing is piped' {
        @() | Get-CallerId | Should -BeNullOrEmpty
    }

    It 'renames Plivo caller IDs from an exported CSV (the design page pipeline)' {
        Get-CallerId -Connection Plivo | Select-Object -First 2 | Export-Csv $script:csv
        $renamed = Import-Csv $script:csv | Set-CallerId -Alias 'Support'
        $renamed.Count | Should -Be 2
        $renamed.Name | Should -Be @('Support', 'Support')
    }

    It 'takes <Name> input through Export-Csv and Import-Csv' -TestCases @(
        @{ Name = 'Set-CallerId (Apple)'; Run = { Through-Csv (Get-CallerId -Connection AppleBusiness -First 1) | Set-CallerId -Department department.general.support.customer_service -WhatIf } }
        @{ Name = 'Remove-CallerId (Plivo)'; Run = { Through-Csv (Get-CallerId -Connection Plivo -First 1) | Remove-CallerId -WhatIf } }
        @{ Name = 'Remove-CallerId (Apple)'; Run = { Through-Csv (Get-CallerId -Connection AppleBusiness -First 1) | Remove-CallerId -WhatIf } }
        @{ Name = 'Set-VirtualNumber'; Run = { Through-Csv (Get-VirtualNumber -Connection IdentityCall | Select-Object -First 2) | Set-VirtualNumber -Recording:$false -WhatIf } }
        @{ Name = 'Remove-VirtualNumber'; Run = { Through-Csv (Get-VirtualNumber -Connection TwoChat | Select-Object -First 1) | Remove-VirtualNumber -WhatIf } }
        @{ Name = 'Get-NumberCity'; Run = { Through-Csv (Get-NumberRegion -Country US | Select-Object -First 1) | Get-NumberCity } }
        @{ Name = 'Find-NumberGroup from cities'; Run = { Through-Csv (Get-NumberCity -Country GB | Select-Object -First 1) | Find-NumberGroup } }
        @{ Name = 'Get-NumberRequirement'; Run = { Through-Csv (Find-NumberGroup -Country DE | Select-Object -First 1) | Get-NumberRequirement } }
        @{ Name = 'Get-AvailableNumber'; Run = { Through-Csv (Find-NumberGroup -Country US -RegionId 5 | Where-Object AllowNumberSelection | Select-Object -First 1) | Get-AvailableNumber } }
        @{ Name = 'New-NumberReservation from a group'; Run = { Through-Csv (Find-NumberGroup -Country GB | Select-Object -First 1) | New-NumberReservation -WhatIf } }
        @{ Name = 'New-NumberReservation from a number'; Run = { Through-Csv (Find-NumberGroup -Country US -RegionId 5 | Where-Object AllowNumberSelection | Select-Object -First 1 | Get-AvailableNumber | Select-Object -First 1) | New-NumberReservation -WhatIf } }
        @{ Name = 'Confirm-CallerIdVerification'; Run = { Through-Csv (Start-CallerIdVerification -PhoneNumber +14155550177 -Alias HQ) | Confirm-CallerIdVerification -Otp 123456 } }
        @{ Name = 'Get-CallerIdConnection'; Run = { Through-Csv (Get-CallerIdConnection IdentityCall) | Get-CallerIdConnection } }
    ) {
        param($Name, $Run)
        $output = & $Run 2>&1 6>$null
        @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }) | Should -BeNullOrEmpty
    }

    It 'buys each exported reservation once, by its ReservationId column' {
        Get-NumberReservation -WarningAction SilentlyContinue | Remove-NumberReservation -Force
        Find-NumberGroup -Country US -RegionId 5 | Select-Object -First 2 | New-NumberReservation | Out-Null
        $reserved = Get-NumberReservation
        $bought = Through-Csv $reserved | Invoke-NumberPurchase -Force
        ($bought.PhoneNumber | Sort-Object) | Should -Be ($reserved.PhoneNumber | Sort-Object)
        Get-NumberReservation -WarningAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'cancels exported reservations by their id column' {
        Find-NumberGroup -Country GB | Select-Object -First 1 | New-NumberReservation | Out-Null
        Through-Csv (Get-NumberReservation) | Remove-NumberReservation -Force
        Get-NumberReservation -WarningAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'binds a GroupId from a plain object, as the help says' {
        $numbers = [pscustomobject]@{ GroupId = 'usloc-558' } | Get-AvailableNumber
        $numbers | Should -Not -BeNullOrEmpty
        $numbers[0].GroupId | Should -Be 'usloc-558'
    }

    It 'keeps the Alias and Subaccount columns when starting a verification' {
        $verification = [pscustomobject]@{ PhoneNumber = '+14155550178'; Alias = 'Front desk'; Subaccount = '' } | Start-CallerIdVerification 6>$null
        $verification.Name | Should -Be 'Front desk'
    }

    It 'still refuses an empty value typed on the command line' {
        Start-CallerIdVerification -PhoneNumber +14155550179 -Alias ' ' -ErrorAction SilentlyContinue -ErrorVariable e 6>$null
        $e[0].FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
    }
}

Describe 'CSV and JSON as data' {
    BeforeAll { Connect-All }

    It 'writes the raw record as JSON text and lists as their items in CSV' {
        $row = Find-NumberGroup -Country DE | Select-Object -First 1 | ConvertTo-Csv | ConvertFrom-Csv
        { $row.Raw | ConvertFrom-Json } | Should -Not -Throw
        ($row.Raw | ConvertFrom-Json).id | Should -Not -BeNullOrEmpty
        $row.Features | Should -Not -Match 'CallerIdPs'
        $row.Features | Should -Match 'Voice'
        $row.Requirements | Should -Not -Match 'CallerIdPs'
    }

    It 'keeps the E.164 plus sign readable in the raw JSON text' {
        $row = Get-CallerId -Connection Plivo -First 1 | ConvertTo-Csv | ConvertFrom-Csv
        $row.Raw | Should -Match '"\+\d+'
    }

    It 'writes ISO 8601 dates and enum names with ConvertTo-Json -EnumsAsStrings' {
        $json = Get-CallerId -Connection TwoChat -First 1 | ConvertTo-Json -Depth 3 -EnumsAsStrings | ConvertFrom-Json -AsHashtable
        $json.Provider | Should -Be 'TwoChat'
        $json.CreatedAt | Should -BeOfType [datetime]
    }
}

Describe 'One error per failure, and no "nothing found" after one' {
    BeforeAll {
        Connect-All
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name TwoChatB | Out-Null
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name TwoChatC | Out-Null
    }

    It 'refuses a bad country once with three 2Chat connections' {
        Get-NumberRegion -Country XX -ErrorAction SilentlyContinue -ErrorVariable e -WarningVariable w -WarningAction SilentlyContinue
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        $w | Should -BeNullOrEmpty
    }

    It 'does not follow a refused filter with "No caller IDs found"' {
        Get-CallerId -Connection AppleBusiness -Verified -ErrorAction SilentlyContinue -ErrorVariable e -WarningVariable w -WarningAction SilentlyContinue
        $e.Count | Should -Be 1
        $w | Should -BeNullOrEmpty
    }
}

Describe 'Get-CallerId says what it asked' {
    BeforeAll {
        Connect-All
        $script:all = @(Get-CallerId).Count
    }

    It 'shows the total of every connection, not of those the first page came from' {
        $total = Get-CallerId -IncludeTotalCount -First 1 | Select-Object -Last 1
        $total.ToString() | Should -Be "Total count: $script:all"
        (Get-CallerId -IncludeTotalCount -First 1 -Skip 1300 | Select-Object -Last 1).ToString() | Should -Be "Total count: $script:all"
    }

    It 'finds a Plivo caller ID again by its Id' {
        $plivo = Get-CallerId -Connection Plivo -First 1
        (Get-CallerId -Id $plivo.Id).PhoneNumber | Should -Be $plivo.PhoneNumber
    }

    It 'targets the refused value and warns only of connections asked' {
        Get-CallerId -Connection Plivo -State Published -ErrorAction SilentlyContinue -ErrorVariable e
        $e[0].TargetObject | Should -Be 'Published'
        Get-CallerId -State Deleted -WarningVariable w -WarningAction SilentlyContinue
        "$w" | Should -Be 'No caller IDs found (state Deleted) on AppleBusiness.'
    }

    It 'matches an alias without case on Plivo as on 2Chat' {
        $named = Get-CallerId -Connection Plivo | Where-Object Name | Select-Object -First 1
        @(Get-CallerId -Connection Plivo -Alias $named.Name.ToLowerInvariant()).PhoneNumber | Should -Contain $named.PhoneNumber
    }

    It 'writes only the NotConnected error for a piped number whose connection is gone' {
        [pscustomobject]@{ PhoneNumber = '+14155550100'; ConnectionName = 'Gone' } | Get-CallerId -ErrorAction SilentlyContinue -ErrorVariable e
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'NotConnected,*'
    }
}

Describe 'Waiting for a provider''s limit is said as it happens' {
    It 'announces the wait for the user''s -RequestsPerMinute in verbose and in the progress status before it starts' {
        $job = Start-ThreadJob {
            Import-Module $using:manifest
            Connect-CallerIdProvider -Provider TwoChat -Sandbox -RequestsPerMinute 2 -Name Slow | Out-Null
            1..4 | ForEach-Object { Get-NumberReservation -Connection Slow -Verbose -WarningAction SilentlyContinue }
        }
        try {
            $deadline = (Get-Date).AddSeconds(30)
            while ((Get-Date) -lt $deadline -and -not ($job.Verbose | Where-Object Message -like 'Waiting*')) { Start-Sleep -Milliseconds 200 }
            ($job.Verbose | Where-Object Message -like 'Waiting*')[0].Message | Should -Match "^Waiting \d+ s for the limit of 2 requests a minute set with -RequestsPerMinute\.$"
            $job.State | Should -Be 'Running' # said before the wait, not after
            ($job.Progress | Where-Object StatusDescription -like 'Waiting*')[0].StatusDescription | Should -Match "^Waiting \d+ s for the limit of 2 requests"
        }
        finally {
            $job | Stop-Job -PassThru | Remove-Job
        }
    }

    It 'paces the IdentityCall sandbox like a real key: 60 a minute' {
        (Get-CallerIdConnection IdentityCall).RequestsPerMinute | Should -Be 60
    }
}

Describe 'Views at 80 columns' {
    BeforeAll {
        Connect-All
        $groups = Find-NumberGroup -Country US -RegionId 5
        $detail = Get-VirtualNumber -Connection IdentityCall -Id 7
        $script:views = [ordered]@{
            Connection   = Get-CallerIdConnection
            CallerId     = @(Get-CallerId -Connection TwoChat -First 2) + @(Get-CallerId -Connection AppleBusiness -First 2) + @(Get-CallerId -Connection Plivo -First 2)
            VirtualNumber = @(Get-VirtualNumber -Connection TwoChat | Select-Object -First 3) + @(Get-VirtualNumber -Connection IdentityCall | Select-Object -First 3)
            Region       = Get-NumberRegion -Country US
            City         = Get-NumberCity -Country US -RegionId 5
            NumberType   = Get-NumberType
            Requirement  = Find-NumberGroup -Country DE | Select-Object -First 1 | Get-NumberRequirement
            Group        = @($groups) + @(Find-NumberGroup -Country DE)
            Available    = @($groups | Where-Object AllowNumberSelection | Select-Object -First 1 | Get-AvailableNumber | Select-Object -First 2) + @(Get-AvailableNumber -Connection IdentityCall -Country US -Type Local | Select-Object -First 2) + @(Get-AvailableNumber -Connection Plivo -Country GB | Select-Object -First 2)
            Reservation  = $groups | Select-Object -First 2 | New-NumberReservation
            Purchase     = Get-NumberReservation | Select-Object -First 1 | Invoke-NumberPurchase -Force
            Journal      = Get-CallerIdJournal -Connection TwoChat | Select-Object -Last 3
            Verification = Start-CallerIdVerification -PhoneNumber +14155550190 -Alias 'Head office reception desk' 6>$null
            Operator     = $detail.Operators
            RecentCall   = $detail.RecentCalls
        }
    }

    It 'renders the <_> table in 80 columns: one line per header, no line longer' -ForEach @('Connection', 'CallerId', 'VirtualNumber', 'Region', 'City', 'NumberType', 'Requirement', 'Group', 'Available', 'Reservation', 'Purchase', 'Journal', 'Verification', 'Operator', 'RecentCall') {
        $objects = $script:views[$_]
        $objects | Should -Not -BeNullOrEmpty
        $lines = ($objects | Format-Table | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() }
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 79 -Because "'$_' must fit" }
        $headers = $lines[0] -split '\s+' | Where-Object { $_ }
        $lines[1] | Should -Match '^[-\s]+$' -Because 'the header is one line'
        @($lines | Select-Object -Skip 2).Count | Should -Be @($objects).Count -Because 'each object is one line'
        foreach ($header in $headers) {
            $objects[0].PSObject.Properties.Name | Should -Contain $header -Because "Sort-Object $header must sort by what the column shows"
        }
    }

    It 'sorts and groups by the headers a user sees' {
        ($script:views.Group | Sort-Object MonthlyPrice | Select-Object -First 1).MonthlyPrice | Should -Be (($script:views.Group.MonthlyPrice | Measure-Object -Minimum).Minimum)
        (Get-CallerId | Group-Object Status).Name | Should -Contain 'Published'
    }
}

Describe 'Every view fits its type and every provider''s rows' {
    BeforeAll {
        Connect-All
        $module = Get-Module CallerId
        $script:formats = [xml](Get-Content -Raw (Join-Path $module.ModuleBase 'CallerId.Format.ps1xml'))
        function script:Resolve-OutputType([string] $name) {
            [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object FullName -like 'CallerIdPs*' |
                ForEach-Object { $_.GetType($name) } | Where-Object { $_ } | Select-Object -First 1
        }
        # What Sort-Object can use on an object of the type: its CLR properties and the types file's members, hidden ones too.
        function script:Get-PropertyNames([type] $type) {
            for ($t = $type; $t; $t = $t.BaseType) {
                $t.GetProperties().Name
                (Get-TypeData -TypeName $t.FullName).Members.Keys
            }
        }
        $script:tables = foreach ($view in $script:formats.Configuration.ViewDefinitions.View) {
            if (-not $view.TableControl) { continue }
            $labels = foreach ($header in $view.TableControl.TableHeaders.TableColumnHeader) { $header.Label }
            [pscustomobject]@{ View = $view.Name; TypeName = $view.ViewSelectedBy.TypeName; Labels = $labels }
        }
        function script:Get-Rendered($objects) {
            (($objects | Out-String -Width 80) -split '\r?\n') | Where-Object { $_.Trim() } | ForEach-Object TrimEnd
        }
    }

    It 'names every table header after a property of the view''s type (<View>)' -ForEach @(
        # Discovery runs before BeforeAll: read the built file here too, so each view is its own test case.
        ([xml](Get-Content -Raw (Join-Path $PSScriptRoot '../../out/CallerId/CallerId.Format.ps1xml'))).Configuration.ViewDefinitions.View |
            Where-Object { $_.TableControl } | ForEach-Object { @{ View = $_.Name } }
    ) {
        $table = $script:tables | Where-Object View -eq $View
        $type = Resolve-OutputType $table.TypeName
        $type | Should -Not -BeNullOrEmpty -Because "$($table.TypeName) is an output type of the module"
        $names = @(Get-PropertyNames $type)
        foreach ($label in $table.Labels) {
            $names | Should -Contain $label -Because "Sort-Object $label and Group-Object $label must work on the column $View shows"
        }
    }

    It 'selects no view by a type derived from another view''s type, so providers'' rows share one table' {
        $selected = @($script:formats.Configuration.ViewDefinitions.View | ForEach-Object { $_.ViewSelectedBy.TypeName } | Sort-Object -Unique)
        foreach ($name in $selected) {
            $type = Resolve-OutputType $name
            for ($base = $type.BaseType; $base; $base = $base.BaseType) {
                $selected | Should -Not -Contain $base.FullName -Because "a view of $name hides the $($base.FullName) table from its rows when mixed with other providers'"
            }
        }
    }

    It 'shows <Command> across providers as one table' -ForEach @(
        @{ Command = 'Get-AvailableNumber -Country GB'; Providers = @('Plivo', 'IdentityCall') }
        @{ Command = 'Get-VirtualNumber'; Providers = @('Plivo', 'IdentityCall', 'TwoChat') }
        @{ Command = 'Get-CallerId'; Providers = @('Plivo', 'AppleBusiness', 'TwoChat') }
    ) {
        Disconnect-CallerIdProvider
        foreach ($provider in $Providers) { Connect-CallerIdProvider -Provider $provider -Sandbox | Out-Null }
        $objects = @(Invoke-Expression $Command 3>$null)
        @($objects.Provider | ForEach-Object ToString | Sort-Object -Unique) | Should -Be @($Providers | Sort-Object)
        $lines = Get-Rendered $objects
        @($lines | Where-Object { $_ -match '^PhoneNumber\s' }).Count | Should -Be 1 -Because 'one header for every row'
        $lines | Where-Object { $_ -match '^\w+\s*: ' } | Should -BeNullOrEmpty -Because 'no row falls back to a property list'
        @($lines).Count | Should -Be ($objects.Count + 2)
        Connect-All
    }

    It 'shows whole types and the whole id a user types back' {
        $groups = Get-Rendered (Find-NumberGroup -Country DE)
        $groups -join "`n" | Should -Match '\bNational\b'
        $groups -join "`n" | Should -Not -Match '…'
        (Get-Rendered (Get-AvailableNumber -Connection IdentityCall -Country US -Type TollFree | Select-Object -First 2)) -join "`n" | Should -Match '\bTollFree\b'
        $twoChat = Get-VirtualNumber -Connection TwoChat | Select-Object -First 3
        $rendered = Get-Rendered $twoChat
        foreach ($number in $twoChat) { $rendered -join "`n" | Should -Match ([regex]::Escape($number.Id)) }
    }

    It 'keeps the Outcome column of the journal at 80 columns' {
        Find-NumberGroup -Country US -RegionId 5 | Select-Object -First 1 | New-NumberReservation | Out-Null
        $lines = Get-Rendered (Get-CallerIdJournal -Connection TwoChat)
        $lines[0] | Should -Match '\bOutcome\b'
        ($lines | Select-Object -Skip 2) -join "`n" | Should -Match 'Succeeded'
    }

    It 'sorts and groups the inventory by its Monthly and Renews columns' {
        $inventory = Get-NumberInventory
        @($inventory | Group-Object Renews).Count | Should -BeGreaterThan 1
        $sorted = @($inventory | Where-Object { $null -ne $_.MonthlyCost } | Sort-Object Monthly)
        $sorted[0].MonthlyCost | Should -Be (($sorted.MonthlyCost | Measure-Object -Minimum).Minimum)
        $inventory[0] | ConvertTo-Csv | Select-Object -First 1 | Should -Not -Match '"Monthly"|"Renews"' -Because 'the aliases are hidden from CSV'
    }

    It 'shows an inventory row''s caller IDs by number, Apple''s nameless ones too' {
        $row = Get-NumberInventory | Where-Object PhoneNumber -eq '+14155550186'
        $row.CallerIds.Count | Should -BeGreaterThan 0
        ($row | Format-List * | Out-String -Width 200) | Should -Match 'CallerIds\s+: \{\+14155550186'
    }

    It 'names the group of each requirement of piped groups, in the table too' {
        $groups = @(Find-NumberGroup -Country DE -Type local)
        $requirements = @($groups | Get-NumberRequirement)
        $requirements.Count | Should -Be (($groups | ForEach-Object { $_.Requirements.Count } | Measure-Object -Sum).Sum)
        @($requirements.GroupId | Sort-Object -Unique) | Should -Be @($groups.GroupId | Sort-Object -Unique)
        $table = (Get-Rendered $requirements) -join "`n"
        foreach ($group in $groups) { $table | Should -Match ([regex]::Escape($group.GroupId)) }
    }

    It 'says a reservation''s end in ISO 8601 with its offset, whatever the culture and time zone' {
        $reservation = Find-NumberGroup -Country GB -Connection TwoChat | Select-Object -First 1 | New-NumberReservation -Confirm:$false
        $expected = $reservation.ExpiresAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", [cultureinfo]::InvariantCulture) + '+00:00'
        $transcript = Join-Path $TestDrive 'held.txt'
        $culture, $zone = [cultureinfo]::CurrentCulture, $env:TZ
        try {
            # The tester's session: German dates, New York time (TZ is read again once the cache is cleared).
            [cultureinfo]::CurrentCulture = 'de-DE'
            $env:TZ = 'America/New_York'
            [TimeZoneInfo]::ClearCachedData()
            Start-Transcript -Path $transcript | Out-Null
            try { $reservation | Remove-NumberReservation -WhatIf }
            finally { Stop-Transcript | Out-Null }
        }
        finally {
            [cultureinfo]::CurrentCulture = $culture
            if ($null -eq $zone) { Remove-Item Env:TZ } else { $env:TZ = $zone }
            [TimeZoneInfo]::ClearCachedData()
            $reservation | Remove-NumberReservation -Confirm:$false
        }
        (Get-Content -Raw $transcript) | Should -Match ('held until ' + [regex]::Escape($expected))
    }

    It 'writes Apple''s validation reports to CSV as text, not a .NET type name' {
        $csv = Get-CallerId -Connection AppleBusiness -First 2 | ConvertTo-Csv | Out-String
        $csv | Should -Match '"ValidationReports"'
        $csv | Should -Not -Match 'AppleValidationReport'
    }
}

Describe 'A list view shows at least what its table shows' {
    BeforeAll {
        Connect-All
        # Tables show local times and lists ISO 8601 with the offset: compare them in one zone.
        $script:zone = $env:TZ
        $env:TZ = 'UTC'
        [TimeZoneInfo]::ClearCachedData()
        $script:formats = [xml](Get-Content -Raw (Join-Path (Get-Module CallerId).ModuleBase 'CallerId.Format.ps1xml'))
        # Table columns whose list item carries the same facts under the name of the collection they summarize.
        $script:summaries = @{ OwnedOn = 'Owned'; CallerIdOn = 'CallerIds' }
        function script:Get-FormatEntry($object, [string] $format) {
            $object | & $format | Where-Object { $_.GetType().Name -eq 'FormatEntryData' } | ForEach-Object formatEntryInfo
        }
        # The words of a text, so '2026-12-02 05:07' is found in '2026-12-02T05:07:31+00:00', and a cell wrapped over
        # lines in the list's one-line value that says more ('TwoChat Active expires 2027-11-02; IdentityCall Active').
        function script:Get-Words([string] $text) { @(($text -replace '(\d)T(\d)', '$1 $2') -split '[^\p{L}\p{N}]+' | Where-Object { $_ }) }
        function script:Test-Shows([string[]] $value, [string[]] $cell) {
            $next = 0
            foreach ($word in $value) { if ($next -lt $cell.Count -and $word -eq $cell[$next]) { $next++ } }
            $next -eq $cell.Count
        }
        $groups = Find-NumberGroup -Country US -RegionId 5
        $inventory = Get-NumberInventory
        $reservation = $groups | Select-Object -First 1 | New-NumberReservation
        $script:samples = @{
            'CallerIdPs.Connections.CallerIdConnection' = Get-CallerIdConnection
            'CallerIdPs.Model.CallerId'                 = foreach ($c in 'TwoChat', 'Plivo', 'AppleBusiness') { Get-CallerId -Connection $c -First 1 }
            'CallerIdPs.Model.NumberInventoryRow'       = @(
                $inventory | Where-Object { $_.Owned.Count -and $null -ne $_.MonthlyCost -and $_.RenewsAt } | Select-Object -First 1
                $inventory | Where-Object { $_.CallerIds.Count -and $_.Findings.Count } | Select-Object -First 1
                $inventory | Where-Object { $_.Owned.Count -gt 1 -or $_.CallerIds.Count -gt 1 } | Select-Object -First 1)
            'CallerIdPs.Model.VirtualNumber'            = foreach ($c in 'TwoChat', 'Plivo', 'IdentityCall') { Get-VirtualNumber -Connection $c | Select-Object -First 1 }
            'CallerIdPs.Model.NumberRegion'             = Get-NumberRegion -Country US | Select-Object -First 1
            'CallerIdPs.Model.NumberCity'               = Get-NumberCity -Country US -RegionId 5 | Select-Object -First 1
            'CallerIdPs.Model.DidType'                  = Get-NumberType | Select-Object -First 1
            'CallerIdPs.Model.NumberRequirement'        = Find-NumberGroup -Country DE | Select-Object -First 1 | Get-NumberRequirement | Select-Object -First 1
            'CallerIdPs.Model.NumberGroup'              = @($groups | Select-Object -First 1) + @(Find-NumberGroup -Country DE | Where-Object HasRequirements | Select-Object -First 1)
            'CallerIdPs.Model.AvailableNumber'          = @(
                $groups | Where-Object AllowNumberSelection | Select-Object -First 1 | Get-AvailableNumber | Select-Object -First 1
                Get-AvailableNumber -Connection IdentityCall -Country US -Type Local | Select-Object -First 1
                Get-AvailableNumber -Connection Plivo -Country GB | Select-Object -First 1)
            'CallerIdPs.Model.NumberReservation'        = $reservation
            'CallerIdPs.Model.NumberPurchaseResult'     = $reservation | Invoke-NumberPurchase -Force
            'CallerIdPs.Model.CallerIdVerification'     = Start-CallerIdVerification -PhoneNumber +14155550190 -Alias 'Head office reception desk' 6>$null
        }
    }

    AfterAll {
        if ($null -eq $script:zone) { Remove-Item Env:TZ -ErrorAction SilentlyContinue } else { $env:TZ = $script:zone }
        [TimeZoneInfo]::ClearCachedData()
    }

    It 'names every column of the <TypeName> table in each entry of its list view' -ForEach @(
        # Discovery runs before BeforeAll: read the built file here too, so each type is its own test case.
        $views = ([xml](Get-Content -Raw (Join-Path $PSScriptRoot '../../out/CallerId/CallerId.Format.ps1xml'))).Configuration.ViewDefinitions.View
        $views | Where-Object { $_.ListControl } | ForEach-Object {
            $typeName = $_.ViewSelectedBy.TypeName
            if ($views | Where-Object { $_.TableControl -and $_.ViewSelectedBy.TypeName -eq $typeName }) { @{ TypeName = $typeName } }
        }
    ) {
        $views = $script:formats.Configuration.ViewDefinitions.View | Where-Object { $_.ViewSelectedBy.TypeName -eq $TypeName }
        $columns = ($views | Where-Object TableControl).TableControl.TableHeaders.TableColumnHeader.Label
        $members = (Get-TypeData -TypeName $TypeName).Members
        foreach ($entry in ($views | Where-Object ListControl).ListControl.ListEntries.ListEntry) {
            $shown = foreach ($item in $entry.ListItems.ListItem) { if ($item.Label) { $item.Label } else { $item.PropertyName } }
            $for = if ($entry.EntrySelectedBy) { $entry.EntrySelectedBy.TypeName } else { $TypeName }
            foreach ($column in $columns) {
                $alias = if ($members -and $members[$column]) { $members[$column].ReferencedMemberName }
                $names = @($column, $alias, $script:summaries[$column]) | Where-Object { $_ }
                @($shown | Where-Object { $_ -in $names }).Count | Should -BeGreaterThan 0 -Because "the list of $for must show the table's $column column"
            }
        }
    }

    It 'shows the facts of a <Connection> caller ID its table cannot fit' -ForEach @(
        @{ Connection = 'TwoChat'; Labels = 'Status', 'Type', 'Verified', 'ExpiresAt', 'ChannelId' }
        @{ Connection = 'Plivo'; Labels = 'Status', 'Verified', 'VerificationId' }
        @{ Connection = 'AppleBusiness'; Labels = 'Status', 'State', 'Department', 'BrandId' }
    ) {
        $text = Get-CallerId -Connection $Connection -First 1 | Format-List | Out-String -Width 200
        foreach ($label in $Labels) { $text | Should -Match "(?m)^$label\s*: \S" -Because "the tester switched to the list to see $label" }
    }

    It 'shows in the list every value the table shows of a real <_> of each provider' -ForEach @(
        'CallerIdPs.Connections.CallerIdConnection', 'CallerIdPs.Model.CallerId', 'CallerIdPs.Model.NumberInventoryRow',
        'CallerIdPs.Model.VirtualNumber', 'CallerIdPs.Model.NumberRegion', 'CallerIdPs.Model.NumberCity', 'CallerIdPs.Model.DidType',
        'CallerIdPs.Model.NumberRequirement', 'CallerIdPs.Model.NumberGroup', 'CallerIdPs.Model.AvailableNumber',
        'CallerIdPs.Model.NumberReservation', 'CallerIdPs.Model.NumberPurchaseResult', 'CallerIdPs.Model.CallerIdVerification'
    ) {
        $objects = @($script:samples[$_] | Where-Object { $_ })
        $objects | Should -Not -BeNullOrEmpty
        foreach ($object in $objects) {
            $object.PSObject.TypeNames | Should -Contain $_
            $cells = (Get-FormatEntry $object 'Format-Table').formatPropertyFieldList.propertyValue
            $fields = (Get-FormatEntry $object 'Format-List').listViewFieldList
            foreach ($cell in $cells | Where-Object { Get-Words $_ }) {
                $words = Get-Words $cell
                @($fields | Where-Object { Test-Shows (Get-Words $_.formatPropertyField.propertyValue) $words }).Count | Should -BeGreaterThan 0 -Because "the list of $($object.Provider) $($object.GetType().Name) $object must show '$cell' as its table does (list: $(($fields | ForEach-Object { "$($_.label)=$($_.formatPropertyField.propertyValue)" }) -join '; '))"
            }
        }
    }
}

Describe 'Help and completion match the module' {
    BeforeAll {
        Connect-All
        function script:Complete([string] $line) {
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        }
    }

    It 'says Get-CallerId asks Apple Business too' {
        $description = (Get-Help Get-CallerId).description.Text -join ' '
        $description | Should -Match 'Apple Business'
        $description | Should -Not -Match '2Chat and Plivo in this version'
    }

    It 'completes a country from its name and shows the name' {
        $match = Complete 'Get-NumberRegion -Country Ger' | Select-Object -First 1
        $match.CompletionText | Should -Be 'DE'
        $match.ListItemText | Should -Match 'Germany'
    }

    It 'shows region names and finds a region by name' {
        $match = Complete 'Get-NumberCity -Country US -RegionId Cal' | Select-Object -First 1
        $match.CompletionText | Should -Be '5'
        $match.ListItemText | Should -Match 'California'
    }

    It 'completes only the cities of the -RegionId given' {
        $florida = (Complete 'Find-NumberGroup -Country US -RegionId 10 -City ').CompletionText
        $florida | Should -Not -BeNullOrEmpty
        $florida | Should -Not -Contain 'Los Angeles'
        $cities = (Get-NumberCity -Country US -RegionId 10).Name
        $florida | ForEach-Object { $_.Trim("'") | Should -BeIn $cities }
    }

    It 'completes -CityId with the city names shown' {
        $match = Complete 'Find-NumberGroup -Country US -RegionId 5 -CityId ' | Select-Object -First 1
        $match.CompletionText | Should -Match '^\d+$'
        $match.ListItemText | Should -Match 'Los Angeles|San'
    }

    It 'completes the documented departments and those the Apple account uses' {
        $departments = (Complete 'Set-CallerId -Connection AppleBusiness -Department ').CompletionText
        $departments | Should -Contain 'department.general.support.customer_service'
        $inUse = (Get-CallerId -Connection AppleBusiness).Department | Sort-Object -Unique
        $inUse | ForEach-Object { $departments | Should -Contain $_ }
    }

    It 'names the change and the account once in the -WhatIf text' {
        # -WhatIf writes to the host, not to a stream: a transcript records it.
        $transcript = Join-Path $TestDrive 'whatif.txt'
        Start-Transcript -Path $transcript | Out-Null
        try { Get-VirtualNumber -Connection IdentityCall -Id 8 | Set-VirtualNumber -Recording -WhatIf }
        finally { Stop-Transcript | Out-Null }
        $line = Get-Content $transcript | Where-Object { $_ -like 'What if:*' } | Select-Object -First 1
        $line | Should -Match "^What if: Change \+\d+ \(id 8\) on IdentityCall account .*connection 'IdentityCall'.*: recording on\.$"
        $line | Should -Not -Match '\bon on\b'
    }
}

Describe 'Completion of -Connection offers only connections that can run the command' {
    BeforeAll {
        Disconnect-CallerIdProvider
        foreach ($provider in 'TwoChat', 'Plivo', 'IdentityCall') {
            Connect-CallerIdProvider -Provider $provider -Sandbox | Out-Null
        }
    }

    It 'offers only 2Chat for Get-NumberRegion, the one with regions' {
        $line = 'Get-NumberRegion -Connection '
        $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        $offered.CompletionText | Should -Be @('TwoChat')
        $offered.ToolTip | Should -Match '^2Chat sandbox: '
    }

    It 'still offers every connection that can list owned numbers' {
        $line = 'Get-VirtualNumber -Connection '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('TwoChat', 'Plivo', 'IdentityCall')
    }
}
