using System;
using System.Management.Automation;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// An empty text binds as "not given" on an optional parameter: Import-Csv turns a property that was null (a city
    /// listed without a region) into an empty column, which must not become 0 or a conversion error.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class EmptyAsNullAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value is string text && text.Trim().Length == 0 ? null : inputData;
        }
    }
}
