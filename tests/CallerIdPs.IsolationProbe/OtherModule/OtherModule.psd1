# Stands for any module that ships its own, older copy of a dependency CallerId also uses.
@{
    ModuleVersion     = '1.0.0'
    GUID              = '3f0b8a52-0c55-4f57-9a43-5d1e1c0de001'
    RequiredAssemblies = @('Microsoft.Extensions.DependencyInjection.Abstractions.dll')
    FunctionsToExport = @()
    CmdletsToExport   = @()
}
