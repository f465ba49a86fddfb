using System.Linq;
using System.Management.Automation;
using CallerIdPs.Connections;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Shows what the provider adds to a connection (its <see cref="CallerIdConnection.Details"/>) as properties of the
    /// connection in PowerShell too, so scripts keep reading <c>$connection.AuthId</c> or <c>$connection.BrandId</c>.
    /// PowerShell keeps instance members with the object itself, so every later pipeline sees them.
    /// </summary>
    internal static class ConnectionDetailsSurface
    {
        public static void Add(CallerIdConnection connection)
        {
            if (connection.Details == null)
            {
                return;
            }

            var shown = PSObject.AsPSObject(connection);
            foreach (var property in connection.Details.GetType().GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
            {
                if (shown.Properties[property.Name] == null)
                {
                    shown.Properties.Add(new PSNoteProperty(property.Name, property.GetValue(connection.Details)));
                }
            }
        }
    }
}
