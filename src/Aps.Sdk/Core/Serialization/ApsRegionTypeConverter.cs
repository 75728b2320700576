using System.ComponentModel;
using System.Globalization;

namespace Aps.Sdk.Core.Serialization;

/// <summary>Converts configuration text such as <c>"EMEA"</c> to an <see cref="ApsRegion"/>.</summary>
internal sealed class ApsRegionTypeConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType)
        => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        if (value is string text)
        {
            return string.IsNullOrWhiteSpace(text) ? null : (object)ApsRegion.Parse(text);
        }

        return base.ConvertFrom(context, culture, value);
    }
}
