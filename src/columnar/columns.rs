//! What the writers and readers share: the column size check, Arrow errors
//! as the crate's, and typed access to a batch's columns by name.

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int32Type, Int64Type};
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::DataType;

use crate::Error;

/// The most bytes one string column of a batch can hold (Arrow's `Utf8`
/// offsets are 32-bit).
const MAX_COLUMN_BYTES: usize = i32::MAX as usize;

/// An error when a string column of `bytes` bytes would overflow a batch
/// (the Arrow builders panic instead).
pub(super) fn fits(column: &str, bytes: usize) -> Result<(), Error> {
    if bytes > MAX_COLUMN_BYTES {
        return Err(Error::columnar(format!(
            "column {column:?} would hold {bytes} bytes, more than a batch can \
             (2 GiB): make smaller batches"
        )));
    }
    Ok(())
}

/// An Arrow error as the crate's error.
pub(super) fn arrow_error(e: impl std::fmt::Display) -> Error {
    Error::columnar(format!("{e}"))
}

/// Typed access to a batch's columns by name, with errors that name them.
pub(super) struct Columns<'b>(pub(super) &'b RecordBatch);

impl<'b> Columns<'b> {
    pub(super) fn column(&self, name: &str) -> Result<&'b ArrayRef, Error> {
        self.0
            .column_by_name(name)
            .ok_or_else(|| Error::columnar(format!("no column {name:?}")))
    }

    pub(super) fn wrong_type(&self, name: &str, want: &str) -> Error {
        let got = self
            .0
            .column_by_name(name)
            .map_or_else(String::new, |c| c.data_type().to_string());
        Error::columnar(format!("column {name:?} is {got}, not {want}"))
    }

    pub(super) fn strings(&self, name: &'static str) -> Result<Strings<'b>, Error> {
        Strings::of(self.column(name)?.as_ref(), name)
    }

    pub(super) fn optional_strings(
        &self,
        name: &'static str,
    ) -> Result<Option<Strings<'b>>, Error> {
        match self.0.column_by_name(name) {
            Some(c) => Strings::of(c.as_ref(), name).map(Some),
            None => Ok(None),
        }
    }

    pub(super) fn optional_ints(&self, name: &'static str) -> Result<Option<Ints<'b>>, Error> {
        match self.0.column_by_name(name) {
            Some(_) => self.ints(name).map(Some),
            None => Ok(None),
        }
    }

    pub(super) fn ints(&self, name: &'static str) -> Result<Ints<'b>, Error> {
        let c = self.column(name)?;
        let array = match c.data_type() {
            DataType::Int64 => IntArray::I64(c.as_primitive::<Int64Type>()),
            DataType::Int32 => IntArray::I32(c.as_primitive::<Int32Type>()),
            _ => return Err(self.wrong_type(name, "Int64")),
        };
        Ok(Ints { name, array })
    }

    pub(super) fn floats(&self, name: &'static str) -> Result<Floats<'b>, Error> {
        let c = self.column(name)?;
        c.as_primitive_opt::<Float64Type>()
            .map(Floats)
            .ok_or_else(|| self.wrong_type(name, "Float64"))
    }

    pub(super) fn bools(&self, name: &'static str) -> Result<Bools<'b>, Error> {
        let c = self.column(name)?;
        c.as_boolean_opt()
            .map(|array| Bools { name, array })
            .ok_or_else(|| self.wrong_type(name, "Boolean"))
    }

    pub(super) fn optional_floats(&self, name: &'static str) -> Result<Option<Floats<'b>>, Error> {
        match self.0.column_by_name(name) {
            Some(_) => self.floats(name).map(Some),
            None => Ok(None),
        }
    }

    pub(super) fn optional_bools(&self, name: &'static str) -> Result<Option<Bools<'b>>, Error> {
        match self.0.column_by_name(name) {
            Some(_) => self.bools(name).map(Some),
            None => Ok(None),
        }
    }

    pub(super) fn string_lists(
        &self,
        name: &'static str,
    ) -> Result<&'b arrow_array::GenericListArray<i32>, Error> {
        self.column(name)?
            .as_list_opt::<i32>()
            .ok_or_else(|| self.wrong_type(name, "List<Utf8>"))
    }
}

/// A string column of any of Arrow's three string layouts.
pub(super) enum Strings<'b> {
    Small(&'b arrow_array::StringArray, &'static str),
    Large(&'b arrow_array::LargeStringArray, &'static str),
    View(&'b arrow_array::StringViewArray, &'static str),
}

impl<'b> Strings<'b> {
    pub(super) fn of(array: &'b dyn Array, name: &'static str) -> Result<Strings<'b>, Error> {
        match array.data_type() {
            DataType::Utf8 => Ok(Strings::Small(array.as_string::<i32>(), name)),
            DataType::LargeUtf8 => Ok(Strings::Large(array.as_string::<i64>(), name)),
            DataType::Utf8View => Ok(Strings::View(array.as_string_view(), name)),
            other => Err(Error::columnar(format!(
                "column {name:?} is {other}, not Utf8"
            ))),
        }
    }

    pub(super) fn get(&self, row: usize) -> Option<&'b str> {
        match self {
            Strings::Small(a, _) => a.is_valid(row).then(|| a.value(row)),
            Strings::Large(a, _) => a.is_valid(row).then(|| a.value(row)),
            Strings::View(a, _) => a.is_valid(row).then(|| a.value(row)),
        }
    }

    pub(super) fn required(&self, row: usize) -> Result<&'b str, Error> {
        self.get(row).ok_or_else(|| {
            let (Strings::Small(_, name) | Strings::Large(_, name) | Strings::View(_, name)) = self;
            Error::columnar(format!("row {row}: column {name:?} is null"))
        })
    }
}

enum IntArray<'b> {
    I64(&'b arrow_array::Int64Array),
    I32(&'b arrow_array::Int32Array),
}

/// An integer column read as offsets.
pub(super) struct Ints<'b> {
    pub(super) name: &'static str,
    array: IntArray<'b>,
}

impl Ints<'_> {
    fn get(&self, row: usize) -> Option<i64> {
        match self.array {
            IntArray::I64(a) => a.is_valid(row).then(|| a.value(row)),
            IntArray::I32(a) => a.is_valid(row).then(|| i64::from(a.value(row))),
        }
    }

    /// The value as a `usize`: an error for null or negative.
    pub(super) fn offset(&self, row: usize) -> Result<usize, Error> {
        let v = self
            .get(row)
            .ok_or_else(|| Error::columnar(format!("row {row}: column {:?} is null", self.name)))?;
        usize::try_from(v).map_err(|_| {
            Error::columnar(format!(
                "row {row}: column {:?} is negative ({v})",
                self.name
            ))
        })
    }
}

pub(super) struct Floats<'b>(&'b arrow_array::Float64Array);

impl Floats<'_> {
    pub(super) fn get(&self, row: usize) -> Option<f64> {
        self.0.is_valid(row).then(|| self.0.value(row))
    }
}

pub(super) struct Bools<'b> {
    name: &'static str,
    array: &'b arrow_array::BooleanArray,
}

impl Bools<'_> {
    pub(super) fn required(&self, row: usize) -> Result<bool, Error> {
        if self.array.is_valid(row) {
            Ok(self.array.value(row))
        } else {
            Err(Error::columnar(format!(
                "row {row}: column {:?} is null",
                self.name
            )))
        }
    }
}
