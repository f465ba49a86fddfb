#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# The journal of requests that spend or delete, as a runbook uses it: on the sandbox, in real PowerShell.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
    Import-CallerId
}

AfterAll {
    Remove-Module CallerId -ErrorAction SilentlyContinue
}

Describe 'Get-CallerIdJournal on the sandbox' {
    BeforeEach {
        # Every sandbox connection is a fresh account, and the session's journal lists every connection's entries:
        # a name of its own per test keeps the tests apart.
        $name = 'J' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        $journal = Join-Path $TestDrive "$name.jsonl"
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -JournalPath $journal -Name $name
        $number = Get-NumberRegion -Country US | Where-Object Name -eq 'California' |
            Get-NumberCity | Where-Object Name -eq 'Los Angeles' |
            Find-NumberGroup -Type local | Get-AvailableNumber | Select-Object -First 1
    }

    AfterEach {
        Disconnect-Everything
    }

    It 'lists a purchase with its price, outcome and evidence' {
        $bought = $number | Invoke-NumberPurchase -Force
        $entry = Get-CallerIdJournal -Connection $name | Where-Object Subject -eq $bought.PhoneNumber
        $entry.Operation | Should -Be 'Purchase'
        $entry.Outcome | Should -Be 'Succeeded'
        $entry.MonthlyPrice | Should -Be $bought.MonthlyPrice
        $entry.ConnectionName | Should -Be $name
        $entry.Evidence | Should -Match 'confirmed'
    }

    It 'answers the design page pipeline: nothing unknown after purchases that succeeded' {
        $number | Invoke-NumberPurchase -Force | Out-Null
        Get-CallerIdJournal | Where-Object Outcome -eq Unknown | Should -BeNullOrEmpty
        @(Get-CallerIdJournal -Connection $name -Outcome Succeeded).Count | Should -Be 1
    }

    It 'writes one JSON object per line, sent and then settled' {
        $number | Invoke-NumberPurchase -Force | Out-Null
        $lines = Get-Content $journal
        $lines.Count | Should -Be 2
        $objects = $lines | ForEach-Object { $_ | ConvertFrom-Json }
        $objects[0].Outcome | Should -Be 'Unknown'
        $objects[1].Outcome | Should -Be 'Succeeded'
        $objects[1].Id | Should -Be $objects[0].Id
        $objects[1].Subject | Should -Be $number.PhoneNumber
    }

    It 'refuses to buy again a number the journal shows bought on that account, unless -AllowRepeat' {
        $number | Invoke-NumberPurchase -Force | Out-Null
        $number | Invoke-NumberPurchase -Force -ErrorVariable refused -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'AlreadyAttempted,*'
        $refused[0].ErrorDetails.RecommendedAction | Should -Match 'AllowRepeat'
        @(Get-CallerIdJournal -Connection $name).Count | Should -Be 1

        # -AllowRepeat sends it: the sandbox, which owns the number now, refuses, and the journal says so.
        $number | Invoke-NumberPurchase -Force -AllowRepeat -ErrorAction SilentlyContinue | Out-Null
        (Get-CallerIdJournal -Connection $name).Outcome | Should -Be @('Succeeded', 'Refused')
    }

    It 'lists what a journal file of an earlier session holds' {
        $number | Invoke-NumberPurchase -Force | Out-Null
        $other = $name + 'b'
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -JournalPath $journal -Name $other
        $listed = Get-CallerIdJournal | Where-Object JournalPath -eq (Resolve-Path $journal).Path
        @($listed).Count | Should -Be 1
        $listed.Subject | Should -Be $number.PhoneNumber
    }

    It 'takes the file from CALLERID_JOURNAL_PATH when -JournalPath is left out' {
        $fromEnvironment = Join-Path $TestDrive "$name-env.jsonl"
        $env:CALLERID_JOURNAL_PATH = $fromEnvironment
        try {
            Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name "$name-env"
            (Get-CallerIdConnection -Name "$name-env").JournalPath | Should -Be $fromEnvironment
            $number | Invoke-NumberPurchase -Force -Connection "$name-env" | Out-Null
            @(Get-Content $fromEnvironment).Count | Should -Be 2
        }
        finally {
            Remove-Item Env:CALLERID_JOURNAL_PATH
        }
    }

    It 'shows the table view with the outcome' {
        $number | Invoke-NumberPurchase -Force | Out-Null
        $table = Get-CallerIdJournal -Connection $name | Out-String -Width 250
        $table | Should -Match 'Operation'
        $table | Should -Match 'Succeeded'
        $table | Should -Match ([regex]::Escape($number.PhoneNumber))
    }

    It 'refuses a number with unmet requirements even with -Force, and says which documents' {
        $berlin = Find-NumberGroup -Country DE -Type local | Where-Object AllowNumberSelection | Select-Object -First 1
        $german = Get-AvailableNumber -GroupId $berlin.Id | Select-Object -First 1
        $german | Invoke-NumberPurchase -Force -ErrorVariable refused -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'RequirementsUnmet,*'
        $refused[0].Exception.Message | Should -Match 'Proof of address'
        Get-CallerIdJournal -Connection $name | Should -BeNullOrEmpty
    }
}

Describe 'A journal file that cannot be written' {
    AfterEach {
        Disconnect-Everything
    }

    It 'is refused at connect with JournalUnwritable, WriteError and the path as target: <Case>' -ForEach @(
        @{ Case = 'a folder'; Path = { $TestDrive } }
        @{ Case = 'a path in a missing folder'; Path = { Join-Path $TestDrive 'missing/j.jsonl' } }
    ) {
        $path = & $Path
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name Unwritable -JournalPath $path -ErrorAction SilentlyContinue -ErrorVariable failed
        $caught = $failed | Select-Object -First 1
        $caught.FullyQualifiedErrorId | Should -BeLike 'JournalUnwritable,*'
        $caught.CategoryInfo.Category | Should -Be 'WriteError'
        $caught.TargetObject | Should -Be ([IO.Path]::GetFullPath($path))
        $caught.ErrorDetails.RecommendedAction | Should -Match 'Connect-CallerIdProvider -JournalPath'
        Get-CallerIdConnection | Where-Object Name -eq Unwritable | Should -BeNullOrEmpty
    }

    It 'stops a purchase before it is sent once it stops taking lines, and the retry is not refused as AlreadyAttempted' {
        $journal = Join-Path $TestDrive 'stops.jsonl'
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name Stops -JournalPath $journal
        $number = Get-NumberRegion -Country US -Connection Stops | Where-Object Name -eq 'California' |
            Get-NumberCity | Where-Object Name -eq 'Los Angeles' |
            Find-NumberGroup -Type local | Get-AvailableNumber | Select-Object -First 1
        Remove-Item $journal
        New-Item -ItemType Directory $journal | Out-Null

        $number | Invoke-NumberPurchase -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failed
        $caught = $failed | Select-Object -First 1

        $caught.FullyQualifiedErrorId | Should -BeLike 'JournalUnwritable,*'
        $caught.Exception.Message | Should -Match 'was not sent'
        $caught.ErrorDetails.RecommendedAction | Should -Not -Match '^Pass a -JournalPath'
        Get-CallerIdJournal -Connection Stops | Should -BeNullOrEmpty
        Remove-Item $journal
        $number | Invoke-NumberPurchase -Confirm:$false | Should -Not -BeNullOrEmpty
        (Get-CallerIdJournal -Connection Stops).Outcome | Should -Be 'Succeeded'
    }

    It 'warns how many unreadable lines it skipped, and connects' {
        $journal = Join-Path $TestDrive 'bad.jsonl'
        Set-Content -Path $journal -Value 'not json'
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name BadLines -JournalPath $journal -WarningVariable said -WarningAction SilentlyContinue
        "$said" | Should -Match '^Skipped 1 unreadable line of the journal file '
        Get-CallerIdConnection BadLines | Should -Not -BeNullOrEmpty
    }
}

Describe 'Get-CallerIdJournal -Connection, like every other -Connection' {
    BeforeAll {
        Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name JournalByObject
        Get-NumberRegion -Country US -Connection JournalByObject | Where-Object Name -eq 'California' |
            Get-NumberCity | Where-Object Name -eq 'Los Angeles' |
            Find-NumberGroup -Type local | Get-AvailableNumber | Select-Object -First 1 | Invoke-NumberPurchase -Force | Out-Null
    }

    AfterAll {
        Disconnect-Everything
    }

    It 'takes a connection object' {
        $c = Get-CallerIdConnection -Name JournalByObject
        (Get-CallerIdJournal -Connection $c).ConnectionName | Should -Be 'JournalByObject'
    }

    It 'says NotConnected for a name nobody has' {
        Get-CallerIdJournal -Connection NobodyHasThisName -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'NotConnected,*'
    }

    It 'sees the session''s connection by name from ForEach-Object -Parallel' {
        $seen = 1..1 | ForEach-Object -Parallel {
            Import-Module $using:ModuleManifest
            [pscustomobject] @{
                Connection = (Get-CallerIdConnection -Name JournalByObject).Name
                Entries    = @(Get-CallerIdJournal -Connection JournalByObject).Count
            }
        }
        $seen.Connection | Should -Be 'JournalByObject'
        $seen.Entries | Should -Be 1
    }
}
