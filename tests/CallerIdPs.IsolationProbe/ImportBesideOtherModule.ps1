# Imports CallerId and OtherModule (an older Microsoft.Extensions.DependencyInjection.Abstractions) into one session,
# in either order, uses both, and reports where each copy of the shared dependency was loaded.
param(
    [Parameter(Mandatory)] [string] $CallerIdManifest,
    [Parameter(Mandatory)] [string] $OtherManifest,
    [switch] $CallerIdFirst
)
$ErrorActionPreference = 'Stop'

# A listing through CallerId's whole HTTP pipeline, which is built on Microsoft.Extensions.*.
function Get-SandboxCallerIdCount {
    Connect-CallerIdProvider -Provider TwoChat -Sandbox | Out-Null
    "caller IDs: $(@(Get-CallerId).Count)"
}

if ($CallerIdFirst) {
    Import-Module $CallerIdManifest
    Get-SandboxCallerIdCount
    Import-Module $OtherManifest
}
else {
    Import-Module $OtherManifest
    Import-Module $CallerIdManifest
    Get-SandboxCallerIdCount
}

# The other module's copy still answers scripts that name its types.
"script type: $([Microsoft.Extensions.DependencyInjection.ServiceLifetime].Assembly.GetName().Version)"

[AppDomain]::CurrentDomain.GetAssemblies() |
    Where-Object { $_.GetName().Name -eq 'Microsoft.Extensions.DependencyInjection.Abstractions' } |
    ForEach-Object { "loaded: $($_.GetName().Version) in $([System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).GetType().Name)" }
