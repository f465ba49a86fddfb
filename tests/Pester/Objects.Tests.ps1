# The module's objects in PowerShell's own cmdlets, in real pwsh: the default views of every output type,
# Select-Object -First stopping a long listing, Sort/Group/Where, ConvertTo-Json and CSV files round-tripped into
# the cmdlets that take those rows.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
    Import-CallerId

    # One object of every output type the format file has views for, from a fresh sandbox of each provider.
    function Get-OneOfEachType {
        Connect-Sandbox
        $region = Get-NumberRegion -Country US | Where-Object Name -eq 'California'
        $city = $region | Get-NumberCity | Where-Object Name -eq 'Los Angeles'
        $group = $city | Find-NumberGroup -Type local | Where-Object { $_.AllowNumberSelection -and -not $_.HasRequirements } | Select-Object -First 1
        $available = $group | Get-AvailableNumber | Select-Object -First 1
        $reservation = Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation
        $identityCallNumber = Get-VirtualNumber -Connection IdentityCall -Id 7
        @(
            Get-CallerIdConnection -Name TwoChat
            Get-CallerId -Connection TwoChat -First 1
            Get-CallerId -Connection Plivo -First 1
            Get-CallerId -Connection AppleBusiness -First 1
            Start-CallerIdVerification -PhoneNumber +14155550100 -Alias HQ -Channel Sms 6>$null
            Get-NumberType | Select-Object -First 1
            $region
            $city
            Find-NumberGroup -Country DE -Type local | Get-NumberRequirement | Select-Object -First 1
            $group
            $available
            $reservation
            $available | New-NumberReservation | Invoke-NumberPurchase -Confirm:$false
            Get-VirtualNumber -Connection TwoChat | Select-Object -First 1
            $identityCallNumber
            $identityCallNumber.Operators | Select-Object -First 1
            $identityCallNumber.RecentCalls | Select-Object -First 1
            Get-AvailableNumber -Connection Plivo -Country US -StartsWith 415 | Select-Object -First 1
            Get-VirtualNumber -Connection Plivo | Select-Object -First 1
            Get-CallerIdJournal | Select-Object -First 1
            Get-NumberInventory | Select-Object -First 1
        )
    }

    # The columns (or list entries) of the view PowerShell picks for an object: the first of its type names
    # (its class, then its base classes) the format file has a view of that kind for.
    [xml] $formats = Get-Content -Raw (Join-Path $RepoRoot 'out/CallerId/CallerId.Format.ps1xml')
    $views = $formats.Configuration.ViewDefinitions.View
    function Get-ViewLabel($Object, [ValidateSet('TableControl', 'ListControl')] [string] $Kind) {
        $view = foreach ($typeName in $Object.PSObject.TypeNames) {
            $views | Where-Object { $_.ViewSelectedBy.TypeName -eq $typeName -and $_.$Kind }
        }
        $view = @($view)[0]
        if (-not $view) { return }
        if ($Kind -eq 'TableControl') {
            $headers = @($view.TableControl.TableHeaders.TableColumnHeader)
            $items = @($view.TableControl.TableRowEntries.TableRowEntry.TableColumnItems.TableColumnItem)
            for ($i = 0; $i -lt $items.Count; $i++) {
                if ($headers[$i].Label) { $headers[$i].Label } else { $items[$i].PropertyName }
            }
        }
        else {
            # A provider's subtype has its own entry (EntrySelectedBy) in the shared list view; other types the entry without one.
            $entries = @($view.ListControl.ListEntries.ListEntry)
            $entry = @($entries | Where-Object { $_.EntrySelectedBy -and $Object.PSObject.TypeNames -contains $_.EntrySelectedBy.TypeName }) + @($entries | Where-Object { -not $_.EntrySelectedBy }) | Select-Object -First 1
            foreach ($item in $entry.ListItems.ListItem) { if ($item.Label) { $item.Label } else { $item.PropertyName } }
        }
    }
}

AfterAll {
    Disconnect-Everything
}

Describe 'Default views' {
    BeforeAll {
        $objects = Get-OneOfEachType
    }

    It 'has an object of every type the format file has a view for' {
        $objects | Should -Not -Contain $null
        $shown = $objects.ForEach({ $_.PSObject.TypeNames }) | Sort-Object -Unique
        $views.ViewSelectedBy.TypeName | Sort-Object -Unique | Where-Object { $_ -notin $shown } | Should -BeNullOrEmpty
    }

    It 'shows each type''s table view with Format-Table' {
        foreach ($object in $objects) {
            $labels = @(Get-ViewLabel $object TableControl)
            $labels | Should -Not -BeNullOrEmpty -Because "$($object.GetType().Name) has a table view"
            $text = $object | Format-Table | Out-String -Width 300
            $header = ($text -split '\r?\n' | Where-Object { $_.Trim() })[0]
            foreach ($label in $labels) {
                $header | Should -Match ([regex]::Escape($label)) -Because "$($object.GetType().Name)'s table view has that column"
            }
        }
    }

    It 'shows each type''s list view with Format-List' {
        $listed = 0
        foreach ($object in $objects) {
            $labels = @(Get-ViewLabel $object ListControl)
            if (-not $labels) { continue }   # nested detail rows (operators, calls) have a table view only
            $listed++
            $text = $object | Format-List | Out-String -Width 300
            foreach ($label in $labels) {
                $text | Should -Match "(?m)^$([regex]::Escape($label))\s*:" -Because "$($object.GetType().Name)'s list view has that entry"
            }
        }
        $listed | Should -BeGreaterThan 10
    }

    It 'renders at a prompt through Out-Default with no error' {
        foreach ($object in $objects) { { $object | Out-String } | Should -Not -Throw }
    }
}

Describe 'PowerShell''s own cmdlets on the outputs' {
    BeforeAll { Connect-Sandbox }

    It 'stops a 1,257-item listing after the first page when Select-Object -First has its objects' {
        $verbose = Join-Path $TestDrive 'verbose.txt'
        $started = [Diagnostics.Stopwatch]::StartNew()
        $first = Get-CallerId -Connection TwoChat -Verbose 4>$verbose | Select-Object -First 3
        $first | Should -HaveCount 3
        @(Select-String -Path $verbose -Pattern ': GET ').Count | Should -Be 1 -Because 'one page of seven is enough for three objects'
        $started.Elapsed.TotalSeconds | Should -BeLessThan 10
    }

    It 'sorts, groups and filters caller IDs' {
        $all = Get-CallerId -Connection Plivo
        $sorted = $all | Sort-Object Country, PhoneNumber
        $sorted[0].Country | Should -BeLessOrEqual $sorted[-1].Country
        $groups = $all | Group-Object Country
        ($groups | Measure-Object Count -Sum).Sum | Should -Be $all.Count
        $canadian = $all | Where-Object Country -eq 'CA'
        $canadian.Count | Should -Be ($groups | Where-Object Name -eq 'CA').Count
    }

    It 'sorts and groups virtual numbers of three providers by typed properties' {
        $numbers = Get-VirtualNumber
        ($numbers | Group-Object Provider).Name | Should -Be @('TwoChat', 'Plivo', 'IdentityCall')
        $byActive = $numbers | Sort-Object Active -Descending
        $byActive[0].Active | Should -BeTrue
        $numbers | Where-Object { -not $_.Active } | ForEach-Object Active | Should -Not -Contain $true
    }

    It 'sorts groups by their decimal monthly price' {
        $groups = Get-NumberRegion -Country US | Where-Object Name -eq 'California' | Find-NumberGroup -Type local | Sort-Object MonthlyPrice
        $groups[0].MonthlyPrice | Should -BeOfType [decimal]
        $groups[0].MonthlyPrice | Should -BeLessOrEqual $groups[-1].MonthlyPrice
    }

    It 'converts every output type to JSON, and the connection without a secret' {
        $objects = Get-OneOfEachType
        foreach ($object in $objects) {
            $json = $object | ConvertTo-Json -Depth 4 -WarningAction SilentlyContinue
            $back = $json | ConvertFrom-Json
            foreach ($name in 'Id', 'PhoneNumber', 'Name', 'ConnectionName') {
                if ($null -ne $object.$name) { "$($back.$name)" | Should -Be "$($object.$name)" -Because "$($object.GetType().Name).$name survives JSON" }
            }
        }
        $connection = Get-CallerIdConnection -Name TwoChat | ConvertTo-Json -Depth 4
        $connection | Should -Not -Match 'ApiKey"\s*:\s*"[^"*]'
    }
}

Describe 'CSV files into the cmdlets that take their rows' {
    BeforeEach {
        Connect-Sandbox
        Push-Location $TestDrive
        $ErrorActionPreference = 'Stop'
    }
    AfterEach { Pop-Location }

    It 'renames Plivo caller IDs from a CSV file' {
        Get-CallerId -Connection Plivo | Export-Csv ids.csv
        Import-Csv ids.csv | Set-CallerId -Alias 'Support'
        (Get-CallerId -Connection Plivo).Name | Sort-Object -Unique | Should -Be 'Support'
    }

    It 'removes Apple caller IDs listed in a CSV file' {
        Get-CallerId -Connection AppleBusiness -State Rejected | Export-Csv rejected.csv
        Import-Csv rejected.csv | Remove-CallerId -Force
        Get-CallerId -Connection AppleBusiness -State Rejected -WarningAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'confirms verifications kept in a CSV file' {
        Start-CallerIdVerification -PhoneNumber +14155550100 -Alias HQ 6>$null | Export-Csv verifications.csv
        $verified = Import-Csv verifications.csv | Confirm-CallerIdVerification -Otp 123456
        $verified.PhoneNumber | Should -Be '+14155550100'
    }

    It 'changes virtual numbers listed in a CSV file' {
        Get-VirtualNumber -Connection IdentityCall | Export-Csv numbers.csv
        Import-Csv numbers.csv | Set-VirtualNumber -Recording:$false
        (Get-VirtualNumber -Id 7).Recording | Should -BeFalse
    }

    It 'releases virtual numbers listed in a CSV file' {
        Get-VirtualNumber -Connection TwoChat | Where-Object Name -eq 'London office' | Export-Csv inactive.csv
        $released = (Import-Csv inactive.csv).PhoneNumber
        Import-Csv inactive.csv | Remove-VirtualNumber -Force
        # 2Chat keeps a released number listed until the end of its billing period, pending cancellation.
        (Get-VirtualNumber -Connection TwoChat | Where-Object PhoneNumber -in $released).Status | Should -Be 'PendingCancellation'
    }

    It 'buys and cancels reservations kept in a CSV file' {
        Find-NumberGroup -Country GB -Type mobile | Select-Object -First 2 | New-NumberReservation | Export-Csv reservations.csv
        $rows = Import-Csv reservations.csv
        $rows[0] | Invoke-NumberPurchase -Force | ForEach-Object Status | Should -Be 'Purchased'
        $rows[1] | Remove-NumberReservation -Force
        Get-NumberReservation -WarningAction SilentlyContinue | Should -BeNullOrEmpty
    }
}

Describe 'Dates as data: ISO 8601 in CSV, a DateTimeOffset in the shell' {
    BeforeAll {
        $objects = Get-OneOfEachType
        # The date properties CallerId.Types.ps1xml gives an ISO ToString(), by the type (or base type) it names.
        [xml] $typesFile = Get-Content -Raw (Join-Path $RepoRoot 'out/CallerId/CallerId.Types.ps1xml')
        $dateEntries = foreach ($type in $typesFile.Types.Type) {
            foreach ($property in $type.Members.CodeProperty) { [pscustomobject] @{ TypeName = $type.Name; Property = $property.Name } }
        }
        function Get-DateProperty($Object) {
            $dateEntries | Where-Object TypeName -in $Object.PSObject.TypeNames | ForEach-Object Property | Select-Object -Unique
        }
        $iso = '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,7})?[+-]\d\d:\d\d$'
    }

    It 'writes every date as ISO 8601 that round-trips exactly through Export-Csv and Import-Csv in <Culture>' -ForEach @(
        @{ Culture = 'en-US' }
        @{ Culture = 'de-DE' }
    ) {
        $before = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = $Culture
            # The culture really changes how a date prints, so ISO below is the module's doing.
            [DateTimeOffset]::new(2026, 12, 2, 1, 2, 3, [TimeSpan]::Zero).ToString() | Should -Not -Match $iso
            $checked = [Collections.Generic.List[string]]::new()
            $empty = 0
            foreach ($object in $objects) {
                $names = @(Get-DateProperty $object)
                if (-not $names) { continue }
                $csv = Join-Path $TestDrive 'dates.csv'
                $object | Export-Csv $csv
                $row = Import-Csv $csv
                foreach ($name in $names) {
                    $what = "$($object.GetType().Name).$name"
                    if ($null -eq $object.$name) {
                        $row.$name | Should -BeNullOrEmpty -Because "$what is null"
                        $empty++
                        continue
                    }
                    $row.$name | Should -Match $iso -Because "$what is ISO 8601 in CSV"
                    $parsed = [DateTimeOffset]::Parse($row.$name, [cultureinfo]::InvariantCulture)
                    $parsed.UtcTicks | Should -Be ([DateTimeOffset] $object.$name).UtcTicks -Because "$what round-trips"
                    $parsed.Offset | Should -Be ([DateTimeOffset] $object.$name).Offset -Because "$what keeps its offset"
                    $checked.Add($object.PSObject.TypeNames[0])
                }
            }
            $empty | Should -BeGreaterThan 0 -Because 'a null date is an empty cell'
            foreach ($type in 'TwoChatCallerId', 'PlivoCallerId', 'AppleCallerId', 'TwoChatVirtualNumber', 'PlivoVirtualNumber',
                'NumberReservation', 'CallerIdVerification', 'NumberPurchaseResult', 'JournalEntry', 'CallerIdConnection', 'IdentityCallRecentCall') {
                $checked | Where-Object { $_ -like "*.$type" } | Should -Not -BeNullOrEmpty -Because "a $type date went through CSV"
            }
        }
        finally { [cultureinfo]::CurrentCulture = $before }
    }

    It 'writes inventory rows'' renewal dates as ISO 8601 in de-DE' {
        $before = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = 'de-DE'
            $rows = Get-NumberInventory | Where-Object RenewsAt
            $rows | Should -Not -BeNullOrEmpty
            $csv = Join-Path $TestDrive 'inventory.csv'
            $rows | Export-Csv $csv
            $back = @(Import-Csv $csv)
            for ($i = 0; $i -lt $rows.Count; $i++) {
                $back[$i].RenewsAt | Should -Match $iso
                [DateTimeOffset]::Parse($back[$i].RenewsAt, [cultureinfo]::InvariantCulture) | Should -Be ([DateTimeOffset] $rows[$i].RenewsAt)
            }
        }
        finally { [cultureinfo]::CurrentCulture = $before }
    }

    It 'still sets the journal dates PowerShell could set, and a null one stays null' {
        $entry = $objects | Where-Object { $_.PSObject.TypeNames[0] -eq 'CallerIdPs.Journal.JournalEntry' } | Select-Object -First 1
        $entry | Should -Not -BeNullOrEmpty
        $entry.CompletedAt = '2026-12-02T01:02:03+01:00'
        $entry.CompletedAt.ToString() | Should -Be '2026-12-02T01:02:03+01:00'
        $entry.CompletedAt = $null
        $entry.CompletedAt | Should -BeNullOrEmpty
        { $objects[1].CreatedAt = Get-Date } | Should -Throw -Because 'a caller ID''s dates were read-only before too'
    }

    It 'keeps a date a DateTimeOffset: compare, add, sort, filter, format, JSON' {
        $ids = Get-CallerId -Connection TwoChat -First 20
        $date = $ids[0].CreatedAt
        $date | Should -BeOfType [DateTimeOffset]
        $date.GetType() | Should -Be ([DateTimeOffset])
        $date -lt (Get-Date).AddYears(1) | Should -BeTrue
        ($date.AddDays(1) - $date) | Should -Be ([TimeSpan]::FromDays(1))
        $date.ToString('yyyy', [cultureinfo]::InvariantCulture) | Should -Be ([DateTimeOffset] $date).Year.ToString()
        $date.ToString('yyyy-MM-dd') | Should -Match '^\d{4}-\d\d-\d\d$'
        $date.ToString([cultureinfo] 'de-DE') | Should -Be ([DateTimeOffset] $date).ToString([cultureinfo] 'de-DE')
        $date.ToString('D', [cultureinfo] 'de-DE') | Should -Be ([DateTimeOffset] $date).ToString('D', [cultureinfo] 'de-DE')
        $date.ToString() | Should -Match $iso
        ($ids | Sort-Object CreatedAt).ForEach({ ([DateTimeOffset] $_.CreatedAt).UtcTicks }) |
            Should -Be ($ids.ForEach({ ([DateTimeOffset] $_.CreatedAt).UtcTicks }) | Sort-Object)
        $cutoff = [DateTimeOffset] $ids[5].CreatedAt
        @($ids | Where-Object CreatedAt -ge $cutoff).Count | Should -Be @($ids | Where-Object { ([DateTimeOffset] $_.CreatedAt) -ge $cutoff }).Count
        ($ids[0] | Select-Object CreatedAt | ConvertTo-Json -Compress) | Should -Match '^\{"CreatedAt":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d'
    }
}
