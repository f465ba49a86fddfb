using System;
using System.Management.Automation;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Lets a TimeSpan parameter take a plain number as days (-Within 7). PowerShell alone would read 7 as seven ticks;
    /// a TimeSpan, or text such as '7.00:00:00', passes through unchanged.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class DaysTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case int _:
                case long _:
                case short _:
                case byte _:
                case double _:
                case float _:
                case decimal _:
                    var days = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                    if (double.IsNaN(days) || Math.Abs(days) > TimeSpan.MaxValue.TotalDays)
                    {
                        throw new ArgumentTransformationMetadataException($"{value} is not a number of days.");
                    }

                    return TimeSpan.FromDays(days);
                default:
                    return inputData;
            }
        }
    }
}
