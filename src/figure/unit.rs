//! Units of measurement: the words and symbols that make a number a
//! measurement, each with its canonical symbol and its factor to a base
//! unit of the same dimension.

/// What a unit measures. Two units convert into each other only when their
/// dimensions are equal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dim {
    Length,
    Area,
    Volume,
    Mass,
    Temperature,
    Speed,
    Time,
    Data,
    Energy,
    Power,
    Angle,
    Frequency,
    Magnitude,
}

/// One unit: its canonical symbol and how to reach the base unit.
#[derive(Debug, PartialEq)]
pub(super) struct Unit {
    /// Canonical symbol, reported as the figure's unit.
    pub sym: &'static str,
    pub dim: Dim,
    /// Multiply by this to get the base unit (after adding `offset`).
    pub factor: f64,
    /// Added before multiplying (temperatures only).
    pub offset: f64,
}

macro_rules! unit {
    ($name:ident, $sym:expr, $dim:ident, $factor:expr) => {
        pub(super) static $name: Unit = Unit {
            sym: $sym,
            dim: Dim::$dim,
            factor: $factor,
            offset: 0.0,
        };
    };
}

unit!(M, "m", Length, 1.0);
unit!(KM, "km", Length, 1000.0);
unit!(CM, "cm", Length, 0.01);
unit!(MM, "mm", Length, 0.001);
unit!(DM, "dm", Length, 0.1);
unit!(UM, "µm", Length, 1e-6);
unit!(PM, "pm", Length, 1e-12);
unit!(MI, "mi", Length, 1609.344);
unit!(FT, "ft", Length, 0.3048);
unit!(IN, "in", Length, 0.0254);
unit!(YD, "yd", Length, 0.9144);
unit!(NMI, "nmi", Length, 1852.0);
unit!(LY, "ly", Length, 9.460_730_472_580_8e15);
unit!(M2, "m²", Area, 1.0);
unit!(KM2, "km²", Area, 1e6);
unit!(CM2, "cm²", Area, 1e-4);
unit!(HA, "ha", Area, 10_000.0);
unit!(ACRE, "acre", Area, 4_046.856_422_4);
unit!(FT2, "ft²", Area, 0.092_903_04);
unit!(MI2, "mi²", Area, 2_589_988.110_336);
unit!(L, "l", Volume, 1.0);
unit!(ML, "ml", Volume, 0.001);
unit!(CL, "cl", Volume, 0.01);
unit!(M3, "m³", Volume, 1000.0);
unit!(FT3, "ft³", Volume, 28.316_846_592);
unit!(GAL, "gal", Volume, 3.785_411_784);
unit!(BBL, "bbl", Volume, 158.987_294_928);
unit!(CUP, "cup", Volume, 0.236_588_236_5);
unit!(TBSP, "tbsp", Volume, 0.014_786_764_781_25);
unit!(TSP, "tsp", Volume, 0.004_928_921_593_75);
unit!(PINT, "pt", Volume, 0.473_176_473);
unit!(QUART, "qt", Volume, 0.946_352_946);
unit!(FLOZ, "fl oz", Volume, 0.029_573_529_562_5);
unit!(KG, "kg", Mass, 1.0);
unit!(G, "g", Mass, 0.001);
unit!(MG, "mg", Mass, 1e-6);
unit!(UG, "µg", Mass, 1e-9);
unit!(T, "t", Mass, 1000.0);
unit!(LB, "lb", Mass, 0.453_592_37);
unit!(OZ, "oz", Mass, 0.028_349_523_125);
unit!(ST, "st", Mass, 6.350_293_18);
unit!(DRAM, "dr", Mass, 0.001_771_845_195_312_5);
unit!(DEG, "°", Angle, 1.0);
unit!(RAD, "rad", Angle, 57.295_779_513_082_32);
unit!(KMH, "km/h", Speed, 1.0 / 3.6);
unit!(MPH, "mph", Speed, 0.447_04);
unit!(MS, "m/s", Speed, 1.0);
unit!(KNOT, "kn", Speed, 0.514_444);
unit!(SEC, "s", Time, 1.0);
unit!(MSEC, "ms", Time, 0.001);
unit!(MIN, "min", Time, 60.0);
unit!(HOUR, "h", Time, 3600.0);
unit!(DAY, "day", Time, 86_400.0);
unit!(WEEK, "week", Time, 604_800.0);
// Months and years have no fixed length: the mean Gregorian values.
unit!(MONTH, "month", Time, 2_629_746.0);
unit!(YEAR, "year", Time, 31_556_952.0);
unit!(DECADE, "decade", Time, 315_569_520.0);
unit!(CENTURY, "century", Time, 3_155_695_200.0);
unit!(BYTE, "B", Data, 1.0);
unit!(KBYTE, "kB", Data, 1e3);
unit!(MBYTE, "MB", Data, 1e6);
unit!(GBYTE, "GB", Data, 1e9);
unit!(TBYTE, "TB", Data, 1e12);
unit!(BIT, "bit", Data, 0.125);
unit!(MBIT, "Mbit", Data, 125_000.0);
unit!(GBIT, "Gbit", Data, 125_000_000.0);
unit!(J, "J", Energy, 1.0);
unit!(KWH, "kWh", Energy, 3.6e6);
unit!(MWH, "MWh", Energy, 3.6e9);
unit!(GWH, "GWh", Energy, 3.6e12);
unit!(KCAL, "kcal", Energy, 4184.0);
unit!(W, "W", Power, 1.0);
unit!(KW, "kW", Power, 1e3);
unit!(MW, "MW", Power, 1e6);
unit!(GW, "GW", Power, 1e9);
unit!(HZ, "Hz", Frequency, 1.0);
unit!(KHZ, "kHz", Frequency, 1e3);
unit!(MHZ, "MHz", Frequency, 1e6);
unit!(GHZ, "GHz", Frequency, 1e9);
unit!(MAGNITUDE, "magnitude", Magnitude, 1.0);

pub(super) static CELSIUS: Unit = Unit {
    sym: "°C",
    dim: Dim::Temperature,
    factor: 1.0,
    offset: 0.0,
};
pub(super) static FAHRENHEIT: Unit = Unit {
    sym: "°F",
    dim: Dim::Temperature,
    factor: 5.0 / 9.0,
    offset: -32.0,
};
pub(super) static KELVIN: Unit = Unit {
    sym: "K",
    dim: Dim::Temperature,
    factor: 1.0,
    offset: -273.15,
};

/// Words and symbols (lowercase) naming a unit on their own.
pub(super) static WORDS: &[(&str, &Unit)] = &[
    ("m", &M),
    ("meter", &M),
    ("meters", &M),
    ("metre", &M),
    ("metres", &M),
    ("km", &KM),
    ("kms", &KM),
    ("kilometer", &KM),
    ("kilometers", &KM),
    ("kilometre", &KM),
    ("kilometres", &KM),
    ("cm", &CM),
    ("centimeter", &CM),
    ("centimeters", &CM),
    ("centimetre", &CM),
    ("centimetres", &CM),
    ("mm", &MM),
    ("millimeter", &MM),
    ("millimeters", &MM),
    ("millimetre", &MM),
    ("millimetres", &MM),
    ("dm", &DM),
    ("decimeter", &DM),
    ("decimeters", &DM),
    ("decimetre", &DM),
    ("decimetres", &DM),
    ("µm", &UM),
    ("μm", &UM),
    ("micrometer", &UM),
    ("micrometers", &UM),
    ("micron", &UM),
    ("microns", &UM),
    ("picometer", &PM),
    ("picometers", &PM),
    ("picometre", &PM),
    ("picometres", &PM),
    ("mi", &MI),
    ("mile", &MI),
    ("miles", &MI),
    ("ft", &FT),
    ("foot", &FT),
    ("feet", &FT),
    ("inch", &IN),
    ("inches", &IN),
    ("yd", &YD),
    ("yds", &YD),
    ("yard", &YD),
    ("yards", &YD),
    ("nmi", &NMI),
    ("m2", &M2),
    ("m²", &M2),
    ("km2", &KM2),
    ("km²", &KM2),
    ("cm2", &CM2),
    ("cm²", &CM2),
    ("ha", &HA),
    ("hectare", &HA),
    ("hectares", &HA),
    ("acre", &ACRE),
    ("acres", &ACRE),
    ("l", &L),
    ("liter", &L),
    ("liters", &L),
    ("litre", &L),
    ("litres", &L),
    ("ml", &ML),
    ("milliliter", &ML),
    ("milliliters", &ML),
    ("millilitre", &ML),
    ("millilitres", &ML),
    ("cl", &CL),
    ("m3", &M3),
    ("m³", &M3),
    ("gal", &GAL),
    ("gallon", &GAL),
    ("gallons", &GAL),
    ("bbl", &BBL),
    ("barrel", &BBL),
    ("barrels", &BBL),
    ("cup", &CUP),
    ("cups", &CUP),
    ("tbsp", &TBSP),
    ("tablespoon", &TBSP),
    ("tablespoons", &TBSP),
    ("tsp", &TSP),
    ("teaspoon", &TSP),
    ("teaspoons", &TSP),
    ("pint", &PINT),
    ("pints", &PINT),
    ("quart", &QUART),
    ("quarts", &QUART),
    ("kg", &KG),
    ("kgs", &KG),
    ("kilogram", &KG),
    ("kilograms", &KG),
    ("kilogramme", &KG),
    ("kilogrammes", &KG),
    ("kilo", &KG),
    ("kilos", &KG),
    ("g", &G),
    ("gs", &G),
    ("gram", &G),
    ("grams", &G),
    ("gramme", &G),
    ("grammes", &G),
    ("mg", &MG),
    ("milligram", &MG),
    ("milligrams", &MG),
    ("µg", &UG),
    ("μg", &UG),
    ("mcg", &UG),
    ("microgram", &UG),
    ("micrograms", &UG),
    ("microgramme", &UG),
    ("microgrammes", &UG),
    ("t", &T),
    ("ton", &T),
    ("tons", &T),
    ("tonne", &T),
    ("tonnes", &T),
    ("lb", &LB),
    ("pound", &LB),
    ("pounds", &LB),
    ("lbs", &LB),
    ("oz", &OZ),
    ("ounce", &OZ),
    ("ounces", &OZ),
    ("stone", &ST),
    ("drachma", &DRAM),
    ("dram", &DRAM),
    ("drams", &DRAM),
    ("degree", &DEG),
    ("degrees", &DEG),
    ("deg", &DEG),
    ("°", &DEG),
    ("rad", &RAD),
    ("radian", &RAD),
    ("radians", &RAD),
    ("celsius", &CELSIUS),
    ("celcius", &CELSIUS),
    ("centigrade", &CELSIUS),
    ("centigrate", &CELSIUS),
    ("℃", &CELSIUS),
    ("fahrenheit", &FAHRENHEIT),
    ("farenheit", &FAHRENHEIT),
    ("℉", &FAHRENHEIT),
    ("kelvin", &KELVIN),
    ("mph", &MPH),
    ("kph", &KMH),
    ("kmph", &KMH),
    ("knot", &KNOT),
    ("knots", &KNOT),
    ("second", &SEC),
    ("seconds", &SEC),
    ("sec", &SEC),
    ("secs", &SEC),
    ("millisecond", &MSEC),
    ("milliseconds", &MSEC),
    ("minute", &MIN),
    ("minutes", &MIN),
    ("mins", &MIN),
    ("min", &MIN),
    ("ms", &MSEC),
    ("hour", &HOUR),
    ("hours", &HOUR),
    ("hr", &HOUR),
    ("hrs", &HOUR),
    ("day", &DAY),
    ("days", &DAY),
    ("week", &WEEK),
    ("weeks", &WEEK),
    ("month", &MONTH),
    ("months", &MONTH),
    ("year", &YEAR),
    ("years", &YEAR),
    ("yr", &YEAR),
    ("yrs", &YEAR),
    ("decade", &DECADE),
    ("decades", &DECADE),
    ("century", &CENTURY),
    ("centuries", &CENTURY),
    ("byte", &BYTE),
    ("bytes", &BYTE),
    ("kb", &KBYTE),
    ("kilobyte", &KBYTE),
    ("kilobytes", &KBYTE),
    ("mb", &MBYTE),
    ("megabyte", &MBYTE),
    ("megabytes", &MBYTE),
    ("gb", &GBYTE),
    ("gigabyte", &GBYTE),
    ("gigabytes", &GBYTE),
    ("tb", &TBYTE),
    ("terabyte", &TBYTE),
    ("terabytes", &TBYTE),
    ("bit", &BIT),
    ("bits", &BIT),
    ("megabit", &MBIT),
    ("megabits", &MBIT),
    ("mbps", &MBIT),
    ("gigabit", &GBIT),
    ("gigabits", &GBIT),
    ("gbps", &GBIT),
    ("joule", &J),
    ("joules", &J),
    ("kwh", &KWH),
    ("mwh", &MWH),
    ("gwh", &GWH),
    ("kcal", &KCAL),
    ("calories", &KCAL),
    ("watt", &W),
    ("watts", &W),
    ("kw", &KW),
    ("kilowatt", &KW),
    ("kilowatts", &KW),
    ("mw", &MW),
    ("megawatt", &MW),
    ("megawatts", &MW),
    ("gw", &GW),
    ("gigawatt", &GW),
    ("gigawatts", &GW),
    ("hz", &HZ),
    ("hertz", &HZ),
    ("khz", &KHZ),
    ("kilohertz", &KHZ),
    ("mhz", &MHZ),
    ("megahertz", &MHZ),
    ("ghz", &GHZ),
    ("gigahertz", &GHZ),
    ("magnitude", &MAGNITUDE),
];

/// Units whose plain spelling is also a common English word or a letter
/// used for other things (`in`, `m`, `t`, `l`, `g`, `second`, `stone`,
/// `pt`, `min`): they count only glued to the digits or right after a
/// digit number, never after a number word.
pub(super) fn needs_digits(word: &str) -> bool {
    matches!(
        word,
        "m" | "t"
            | "l"
            | "g"
            | "gs"
            | "mi"
            | "pt"
            | "st"
            | "stone"
            | "rad"
            | "dr"
            | "dm"
            | "ha"
            | "min"
            | "ms"
    )
}

/// Converts `value` in `unit` to the base unit of its dimension: metres,
/// square metres, litres, kilograms, degrees Celsius, metres per second,
/// seconds, bytes, joules, watts, degrees of angle, hertz.
pub(super) fn to_base(value: f64, unit: &Unit) -> f64 {
    (value + unit.offset) * unit.factor
}

/// The base unit symbol of a dimension.
pub(super) fn base_symbol(dim: Dim) -> &'static str {
    match dim {
        Dim::Length => "m",
        Dim::Area => "m²",
        Dim::Volume => "l",
        Dim::Mass => "kg",
        Dim::Temperature => "°C",
        Dim::Speed => "m/s",
        Dim::Time => "s",
        Dim::Data => "B",
        Dim::Energy => "J",
        Dim::Power => "W",
        Dim::Angle => "°",
        Dim::Frequency => "Hz",
        Dim::Magnitude => "magnitude",
    }
}

/// Every unit, for looking one up by its canonical symbol.
pub(super) fn by_symbol(sym: &str) -> Option<&'static Unit> {
    static EXTRA: [&Unit; 10] = [
        &CELSIUS,
        &FAHRENHEIT,
        &KELVIN,
        &FT2,
        &MI2,
        &FT3,
        &FLOZ,
        &MS,
        &LY,
        &NMI,
    ];
    WORDS
        .iter()
        .map(|(_, u)| *u)
        .chain(EXTRA)
        .find(|u| u.sym == sym)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_to_base_units() {
        assert!((to_base(15.0, &FT) - 4.572).abs() < 1e-9);
        assert!((to_base(212.0, &FAHRENHEIT) - 100.0).abs() < 1e-9);
        assert_eq!(to_base(2.0, &KM), 2000.0);
        assert_eq!(base_symbol(Dim::Mass), "kg");
    }

    #[test]
    fn finds_units_by_symbol() {
        assert_eq!(by_symbol("mi").map(|u| u.dim), Some(Dim::Length));
        assert_eq!(by_symbol("°F").map(|u| u.factor), Some(5.0 / 9.0));
        assert!(by_symbol("parsec").is_none());
    }
}
