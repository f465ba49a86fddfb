using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Management.Automation;
using System.Reflection;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// The getters CallerId.Types.ps1xml names for every date of the module's output types. A type-table CodeProperty
    /// shadows the CLR property of the same name; it returns the same DateTimeOffset, wrapped with an instance ToString()
    /// that writes ISO 8601. Export-Csv and ConvertTo-Csv call ToString(), so CSV cells are ISO 8601 in every culture,
    /// while the value stays a DateTimeOffset for comparisons, arithmetic, sorting and ConvertTo-Json. Only values read
    /// through PowerShell pay for this, and only when read.
    /// </summary>
    public static class IsoDates
    {
        private static readonly ConcurrentDictionary<(Type Type, string Name), PropertyInfo?> Properties = new ConcurrentDictionary<(Type, string), PropertyInfo?>();

        public static object? CreatedAt(PSObject instance) => Read(instance, nameof(CreatedAt));

        public static object? UpdatedAt(PSObject instance) => Read(instance, nameof(UpdatedAt));

        public static object? ExpiresAt(PSObject instance) => Read(instance, nameof(ExpiresAt));

        public static object? RenewsAt(PSObject instance) => Read(instance, nameof(RenewsAt));

        public static object? PurchasedAt(PSObject instance) => Read(instance, nameof(PurchasedAt));

        public static object? StartedAt(PSObject instance) => Read(instance, nameof(StartedAt));

        public static object? CompletedAt(PSObject instance) => Read(instance, nameof(CompletedAt));

        public static object? ConnectedAt(PSObject instance) => Read(instance, nameof(ConnectedAt));

        public static object? Time(PSObject instance) => Read(instance, nameof(Time));

        // Setters, for the dates PowerShell could set before the code property shadowed them (public setters only).
        public static void SetCompletedAt(PSObject instance, object? value) => Write(instance, nameof(CompletedAt), value);

        public static void SetTime(PSObject instance, object? value) => Write(instance, nameof(Time), value);

        private static object? Read(PSObject instance, string name) =>
            Property(instance.BaseObject, name).GetValue(instance.BaseObject) is DateTimeOffset date ? Wrap(date) : null;

        private static void Write(PSObject instance, string name, object? value)
        {
            var property = Property(instance.BaseObject, name);
            property.SetValue(instance.BaseObject, value == null ? null : LanguagePrimitives.ConvertTo(value, property.PropertyType, CultureInfo.InvariantCulture));
        }

        private static PropertyInfo Property(object target, string name) =>
            Properties.GetOrAdd((target.GetType(), name), key => key.Type.GetProperty(key.Name, BindingFlags.Public | BindingFlags.Instance))
            ?? throw new InvalidOperationException($"{target.GetType().FullName} has no public property {name} (CallerId.Types.ps1xml names one).");

        private static PSObject Wrap(DateTimeOffset date)
        {
            var wrapped = new PSObject(date);
            wrapped.Members.Add(new IsoDateToString(date));
            return wrapped;
        }
    }
}
