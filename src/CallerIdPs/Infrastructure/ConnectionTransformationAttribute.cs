using System;
using System.Management.Automation;
using CallerIdPs.Connections;

namespace CallerIdPs.Infrastructure
{
    /// <summary>Lets -Connection take a connection object or its name (as piped objects carry it in ConnectionName).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class ConnectionTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case null:
                    return null;
                case CallerIdConnection connection:
                    return connection;
                case string name:
                    // An unknown name is reported by the command as NotConnected (see ConnectionSelection), not as a binding error.
                    return ConnectionRegistry.Resolve(name) ?? CallerIdConnection.Unknown(name);
                default:
                    throw new ArgumentTransformationMetadataException(
                        $"-Connection takes a connection name or the object Connect-CallerIdProvider -PassThru returns, not a {value.GetType().Name}.");
            }
        }
    }
}
