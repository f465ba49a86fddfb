@{
    RootModule           = 'CallerIdPs.dll'
    # Loaded before the root module: makes Dependencies/ loadable (isolated on PowerShell 7) before the cmdlets are read.
    NestedModules        = @('CallerIdPs.Loader.dll')
    ModuleVersion        = '0.1.0'
    GUID                 = 'e9d1f5e2-5c7b-4b0e-9f3a-6f2b8c41d7a3'
    Author               = 'CallerId contributors'
    CompanyName          = 'CallerId contributors'
    Copyright            = '(c) 2026 CallerId contributors. MIT License.'
    Description          = 'Manage caller IDs and phone numbers across providers (2Chat, Apple Business, Plivo, IdentityCall) from one pipeline: list caller IDs, find, reserve and buy numbers, verify caller IDs. Includes a built-in sandbox (Connect-CallerIdProvider -Sandbox).'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    TypesToProcess       = @('CallerId.Types.ps1xml')
    FormatsToProcess     = @('CallerId.Format.ps1xml')
    FunctionsToExport    = @()
    CmdletsToExport      = @(
        'Connect-CallerIdProvider'
        'Get-CallerIdConnection'
        'Disconnect-CallerIdProvider'
        'Get-CallerId'
        'New-CallerId'
        'Get-VirtualNumber'
        'Set-VirtualNumber'
        'Remove-VirtualNumber'
        'Get-NumberInventory'
        'Get-NumberRegion'
        'Get-NumberCity'
        'Get-NumberType'
        'Get-NumberRequirement'
        'Find-NumberGroup'
        'Get-AvailableNumber'
        'New-NumberReservation'
        'Get-NumberReservation'
        'Remove-NumberReservation'
        'Invoke-NumberPurchase'
        'Start-CallerIdVerification'
        'Confirm-CallerIdVerification'
        'Set-CallerId'
        'Remove-CallerId'
        'Get-CallerIdJournal'
    )
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('CallerId', 'Telephony', 'PhoneNumbers', 'VoIP', '2Chat', 'Plivo', 'AppleBusinessConnect', 'IdentityCall', 'BrandedCalling', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/callerid-ps/CallerIdPs'
            LicenseUri   = 'https://github.com/callerid-ps/CallerIdPs/blob/main/LICENSE'
            ReleaseNotes = 'https://github.com/callerid-ps/CallerIdPs/blob/main/CHANGELOG.md'
        }
    }
}
