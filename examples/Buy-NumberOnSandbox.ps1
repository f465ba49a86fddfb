<#
.SYNOPSIS
    Walks 2Chat's purchase flow on the built-in sandbox: region -> city -> group -> available number -> reservation -> purchase.
.DESCRIPTION
    Nothing here reaches a provider or spends money: -Sandbox connects to the module's in-process emulator of 2Chat,
    a seeded account that lives as long as the connection. Only core PowerShell cmdlets are used, so the script runs
    in pwsh and in Windows PowerShell 5.1. Import the module first; build.ps1 -Task Example does both.
.EXAMPLE
    dotnet tool restore && dotnet pwsh -NoProfile -File build.ps1 -Task Example
#>
param(
    [string] $RegionName = 'California',
    [string] $CityName = 'Los Angeles',
    [string] $Contains = '555'
)

$ErrorActionPreference = 'Stop'

function Show-Step([string] $Title) {
    # Each step is rendered on its own so every output type gets its own table.
    "`n== $Title ==" | Out-Host
}

Show-Step 'Connect to the 2Chat sandbox'
Connect-CallerIdProvider -Provider TwoChat -Sandbox -PassThru | Out-Host

Show-Step "Regions of the US, picking $RegionName"
$regions = Get-NumberRegion -Country US
$regions | Out-Host
$chosenRegion = $regions | Where-Object Name -eq $RegionName

Show-Step "Cities of $RegionName, picking $CityName"
$cities = $chosenRegion | Get-NumberCity
$cities | Out-Host
$chosenCity = $cities | Where-Object Name -eq $CityName

Show-Step "Local number groups in $CityName"
$groups = $chosenCity | Find-NumberGroup -Type local
$groups | Out-Host
# A group that lets us pick the number and needs no documents.
$group = @($groups | Where-Object { $_.AllowNumberSelection -and -not $_.HasRequirements })[0]

Show-Step "Numbers of group $($group.Id) containing $Contains"
$numbers = $group | Get-AvailableNumber -Contains $Contains
$numbers | Out-Host
$number = @($numbers)[0]

Show-Step "Reserve $($number.PhoneNumber)"
$reservation = $number | New-NumberReservation
$reservation | Out-Host

Show-Step 'Active reservations'
Get-NumberReservation | Out-Host

Show-Step "Buy $($reservation.PhoneNumber) (setup $($reservation.SetupPrice) $($reservation.Currency), monthly $($reservation.MonthlyPrice) $($reservation.Currency))"
$purchase = $reservation | Invoke-NumberPurchase -Confirm:$false
$purchase | Out-Host

Show-Step 'The number is now one of the account''s virtual numbers'
Get-VirtualNumber | Where-Object PhoneNumber -eq $purchase.PhoneNumber | Out-Host

Disconnect-CallerIdProvider -Name TwoChat
"Bought $($purchase.PhoneNumber) on the sandbox: $($purchase.Status)." | Out-Host
