using System;
using System.Linq;
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
                    var registry = ConnectionRegistry.Current;
                    var found = registry.Find(name);
                    if (found != null)
                    {
                        return found;
                    }

                    var known = registry.All.Select(c => c.Name).ToList();
                    var shown = Validation.Guard.Shorten(name);
                    throw new ArgumentTransformationMetadataException(known.Count == 0
                        ? $"There is no connection named '{shown}': nothing is connected. Run Connect-CallerIdProvider first."
                        : $"There is no connection named '{shown}'. Connected: {string.Join(", ", known)}.");
                default:
                    throw new ArgumentTransformationMetadataException(
                        $"-Connection takes a connection name or the object Connect-CallerIdProvider -PassThru returns, not a {value.GetType().Name}.");
            }
        }
    }
}
