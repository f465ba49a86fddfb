using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Connections;

namespace CallerIdPs.Infrastructure
{
    /// <summary>Lets -Connection take a connection object or its name (as piped objects carry it in ConnectionName). With
    /// <see cref="Names"/>, for a -Connection that filters by name (string[], wildcards allowed), objects become their names.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class ConnectionTransformationAttribute : ArgumentTransformationAttribute
    {
        public bool Names { get; set; }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (Names)
            {
                return value is IEnumerable items && !(value is string)
                    ? items.Cast<object?>().Select(NameOf).ToArray()
                    : new[] { NameOf(value) };
            }

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

        private static string? NameOf(object? item)
        {
            var value = item is PSObject wrapped ? wrapped.BaseObject : item;
            switch (value)
            {
                case null:
                    return null;
                case CallerIdConnection connection:
                    return connection.Name;
                case string name:
                    return name;
                default:
                    throw new ArgumentTransformationMetadataException(
                        $"-Connection takes connection names or the objects Connect-CallerIdProvider -PassThru returns, not a {value.GetType().Name}.");
            }
        }
    }
}
