//! Python bindings (feature `python`): the extension module `jiuming._jiuming`, which the
//! package in `python/jiuming/` re-exports. Built as one abi3 wheel by maturin
//! (`pip install .`, see `pyproject.toml`).
//!
//! Every call that assesses releases the GIL while Rust works. Arguments of the wrong type
//! raise `TypeError`, a bad lexicon raises `LexiconError` (a `ValueError` naming file, line
//! and reason), a bad setting `ValueError`; nothing here panics on user input.

use std::path::PathBuf;

use pyo3::IntoPyObjectExt;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyBytes, PyDict, PyString, PyType};

use crate::{
    Assessment, Category, CategoryScore, DEFAULT_RECALL_FACTOR, Detector, Error, Level, Message,
    Signal, Subject,
};

pyo3::create_exception!(
    jiuming,
    LexiconError,
    PyValueError,
    "A lexicon file that cannot be read or parsed: `filename`, `lineno` (None when the file \
     cannot be read at all) and `reason` say what is wrong."
);

/// The `jiuming.Level` members, lowest first, looked up once from `jiuming._level`.
static LEVELS: PyOnceLock<Vec<Py<PyAny>>> = PyOnceLock::new();

/// `json.loads`, for `to_dict`.
static JSON_LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// The `jiuming.Level` member of a level (a `str` that compares in level order).
fn level_object(py: Python<'_>, level: Level) -> PyResult<Bound<'_, PyAny>> {
    let levels = LEVELS.get_or_try_init(py, || {
        let class = py.import("jiuming._level")?.getattr("Level")?;
        Level::ALL
            .iter()
            .map(|l| class.call1((l.as_str(),)).map(Bound::unbind))
            .collect::<PyResult<Vec<_>>>()
    })?;
    let index = Level::ALL.iter().position(|l| *l == level).unwrap_or(0);
    Ok(levels[index].bind(py).clone())
}

/// A score as Python prints it in the JSON: the shortest decimal of the `f32` (0.7, not
/// 0.699999988079071).
fn py_float(x: f32) -> f64 {
    x.to_string().parse().unwrap_or(f64::from(x))
}

/// `json.loads(text)`.
fn json_loads<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    JSON_LOADS
        .import(py, "json", "loads")?
        .call1((PyString::new(py, text),))
}

/// Python's `repr` of a value, so that `__repr__`s read like Python.
fn py_repr<'py>(py: Python<'py>, value: impl IntoPyObject<'py>) -> PyResult<String> {
    Ok(value.into_bound_py_any(py)?.repr()?.to_string())
}

fn subject_name(subject: Subject) -> &'static str {
    match subject {
        Subject::Writer => "self",
        Subject::Other => "other",
    }
}

fn parse_category(name: &str) -> PyResult<Category> {
    name.parse().map_err(PyValueError::new_err)
}

/// The Python exception for a configuration error: `LexiconError` when a file is named,
/// `ValueError` otherwise.
fn config_error(py: Python<'_>, error: &Error) -> PyErr {
    let Some(file) = error.source_name() else {
        return PyValueError::new_err(error.to_string());
    };
    let err = LexiconError::new_err(error.to_string());
    let value = err.value(py);
    let set = || -> PyResult<()> {
        value.setattr("filename", file)?;
        value.setattr("lineno", error.line())?;
        value.setattr("reason", error.reason())
    };
    match set() {
        Ok(()) => err,
        Err(e) => e,
    }
}

fn type_name(object: &Bound<'_, PyAny>) -> String {
    object
        .get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string())
}

/// The texts of a batch: any iterable of `str`, but not a `str` or `bytes` itself.
fn batch_texts<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyString>>> {
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(format!(
            "texts must be an iterable of str, not a single {}",
            type_name(texts)
        )));
    }
    let iter = texts.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "texts must be an iterable of str, not {}",
            type_name(texts)
        ))
    })?;
    iter.enumerate()
        .map(|(i, item)| {
            let item = item?;
            item.cast_into::<PyString>().map_err(|e| {
                PyTypeError::new_err(format!(
                    "texts[{i}] must be str, not {}",
                    type_name(e.into_inner().as_any())
                ))
            })
        })
        .collect()
}

/// The recall flags of a batch: `None` (none recalled), one `bool` for all, or one `bool`
/// per text.
fn batch_recalled(recalled: Option<&Bound<'_, PyAny>>, count: usize) -> PyResult<Vec<bool>> {
    let Some(recalled) = recalled else {
        return Ok(vec![false; count]);
    };
    if let Ok(flag) = recalled.cast::<PyBool>() {
        return Ok(vec![flag.is_true(); count]);
    }
    if recalled.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "recalled must be None, a bool or an iterable of bool, not str",
        ));
    }
    let iter = recalled.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "recalled must be None, a bool or an iterable of bool, not {}",
            type_name(recalled)
        ))
    })?;
    let flags = iter
        .enumerate()
        .map(|(i, item)| {
            let item = item?;
            item.cast::<PyBool>().map(|b| b.is_true()).map_err(|_| {
                PyTypeError::new_err(format!(
                    "recalled[{i}] must be bool, not {}",
                    type_name(&item)
                ))
            })
        })
        .collect::<PyResult<Vec<bool>>>()?;
    if flags.len() != count {
        return Err(PyValueError::new_err(format!(
            "recalled has {} flags for {count} texts",
            flags.len()
        )));
    }
    Ok(flags)
}

/// Assess a batch with `assess`, the GIL released for the whole batch.
fn assess_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    recalled: Option<&Bound<'_, PyAny>>,
    assess: &(dyn Fn(Message<'_>) -> Assessment + Sync),
) -> PyResult<Vec<PyAssessment>> {
    let strings = batch_texts(texts)?;
    let flags = batch_recalled(recalled, strings.len())?;
    let texts = strings
        .iter()
        .map(|s| s.to_str())
        .collect::<PyResult<Vec<&str>>>()?;
    let assessments = py.detach(|| {
        texts
            .iter()
            .zip(&flags)
            .map(|(text, &recalled)| assess(Message::new(*text).recalled(recalled)))
            .collect::<Vec<_>>()
    });
    Ok(assessments.into_iter().map(PyAssessment::from).collect())
}

fn message<'a>(text: &'a str, recalled: bool, id: Option<String>) -> Message<'a> {
    let message = Message::new(text).recalled(recalled);
    match id {
        Some(id) => message.with_id(id),
        None => message,
    }
}

/// What jiuming says about one message: `level`, `recalled`, `id`, `categories`, `signals`.
#[pyclass(frozen, eq, name = "Assessment", module = "jiuming")]
#[derive(PartialEq)]
pub struct PyAssessment {
    inner: Assessment,
}

impl From<Assessment> for PyAssessment {
    fn from(inner: Assessment) -> Self {
        PyAssessment { inner }
    }
}

#[pymethods]
impl PyAssessment {
    /// The overall level: the highest category level (a `jiuming.Level`).
    #[getter]
    fn level<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        level_object(py, self.inner.level())
    }

    /// Whether the message was recalled (撤回).
    #[getter]
    fn recalled(&self) -> bool {
        self.inner.is_recalled()
    }

    /// The message id given to `assess`, or None.
    #[getter]
    fn id(&self) -> Option<&str> {
        self.inner.id()
    }

    /// Score and level per category: `{"self_harm": CategoryScore, "fraud_victim": …,
    /// "dispute": …}`, always all three.
    #[getter]
    fn categories<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for category in Category::ALL {
            let score = PyCategoryScore {
                inner: self.inner.category(category),
            };
            dict.set_item(category.as_str(), score)?;
        }
        Ok(dict)
    }

    /// Every hit with its context, in order of position (cancelled ones have weight 0).
    #[getter]
    fn signals(&self) -> Vec<PySignal> {
        self.inner
            .signals()
            .iter()
            .cloned()
            .map(PySignal::from)
            .collect()
    }

    /// The signals that counted (weight above zero).
    #[getter]
    fn active_signals(&self) -> Vec<PySignal> {
        self.inner
            .active_signals()
            .cloned()
            .map(PySignal::from)
            .collect()
    }

    /// Whether a triager must see it (level medium or above).
    #[getter]
    fn needs_attention(&self) -> bool {
        self.inner.needs_attention()
    }

    /// Score and level of one category (`"self_harm"`, `"fraud_victim"` or `"dispute"`).
    fn category(&self, name: &str) -> PyResult<PyCategoryScore> {
        Ok(PyCategoryScore {
            inner: self.inner.category(parse_category(name)?),
        })
    }

    /// The assessment as one line of JSON (SPEC §4 field names).
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The assessment as plain dicts, lists, strings and numbers: `json.loads(to_json())`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &self.inner.to_json())
    }

    /// Rebuild an assessment from its `to_json()`.
    #[classmethod]
    fn from_json(_class: &Bound<'_, PyType>, text: &str) -> PyResult<Self> {
        serde_json::from_str::<Assessment>(text)
            .map(PyAssessment::from)
            .map_err(|e| PyValueError::new_err(format!("not an assessment: {e}")))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let from_json = slf.get_type().getattr("from_json")?;
        Ok((from_json, (slf.get().inner.to_json(),)))
    }

    fn __repr__(&self) -> String {
        format!(
            "<jiuming.Assessment level='{}' recalled={} signals={}>",
            self.inner.level().as_str(),
            if self.inner.is_recalled() {
                "True"
            } else {
                "False"
            },
            self.inner.signals().len()
        )
    }
}

/// Score and level of one category.
#[pyclass(frozen, eq, name = "CategoryScore", module = "jiuming")]
#[derive(PartialEq)]
pub struct PyCategoryScore {
    inner: CategoryScore,
}

#[pymethods]
impl PyCategoryScore {
    /// Combined weight of the category's signals, in [0, 1].
    #[getter]
    fn score(&self) -> f64 {
        py_float(self.inner.score)
    }

    /// The level of the category (a `jiuming.Level`).
    #[getter]
    fn level<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        level_object(py, self.inner.level)
    }

    /// `{"score": …, "level": …}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("score", self.score())?;
        dict.set_item("level", self.inner.level.as_str())?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "CategoryScore(score={}, level='{}')",
            py_repr(py, self.score())?,
            self.inner.level.as_str()
        ))
    }
}

/// One lexicon hit with its context: what fired, where, and how much it counted.
#[pyclass(frozen, eq, name = "Signal", module = "jiuming")]
#[derive(PartialEq)]
pub struct PySignal {
    inner: Signal,
}

impl From<Signal> for PySignal {
    fn from(inner: Signal) -> Self {
        PySignal { inner }
    }
}

#[pymethods]
impl PySignal {
    /// `"self_harm"`, `"fraud_victim"` or `"dispute"`.
    #[getter]
    fn category(&self) -> &'static str {
        self.inner.category.as_str()
    }

    /// The kind of lexicon entry (`"ideation"`, `"loss"`, `"weapon"`, …).
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind.as_str()
    }

    /// The lexicon term (normalised) that matched.
    #[getter]
    fn term(&self) -> &str {
        &self.inner.term
    }

    /// Byte offset (UTF-8) of the match in the original text.
    #[getter]
    fn start(&self) -> usize {
        self.inner.start
    }

    /// Byte offset (UTF-8) one past the match.
    #[getter]
    fn end(&self) -> usize {
        self.inner.end
    }

    /// Character offset of the match: `text[char_start:char_end]` in Python.
    #[getter]
    fn char_start(&self) -> usize {
        self.inner.char_start
    }

    /// Character offset one past the match.
    #[getter]
    fn char_end(&self) -> usize {
        self.inner.char_end
    }

    /// The weight it counted with after its context (0 when context cancelled it).
    #[getter]
    fn weight(&self) -> f64 {
        py_float(self.inner.weight)
    }

    /// Context that applied: `"negated"`, `"reported"`, `"recalled"`, ….
    #[getter]
    fn modifiers(&self) -> Vec<&'static str> {
        self.inner.modifiers.iter().map(|m| m.as_str()).collect()
    }

    /// `"self"` (the writer) or `"other"` (someone the writer reports on).
    #[getter]
    fn subject(&self) -> &'static str {
        subject_name(self.inner.subject)
    }

    /// Whether it counted towards its category's score (weight above zero).
    #[getter]
    fn active(&self) -> bool {
        self.inner.is_active()
    }

    /// The signal as in the JSON output.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json =
            serde_json::to_string(&self.inner).map_err(|e| PyValueError::new_err(e.to_string()))?;
        json_loads(py, &json)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let s = &self.inner;
        Ok(format!(
            "Signal(category='{}', kind='{}', term={}, start={}, end={}, weight={}, \
             modifiers={}, subject='{}')",
            s.category.as_str(),
            s.kind.as_str(),
            py_repr(py, &s.term)?,
            s.start,
            s.end,
            py_repr(py, self.weight())?,
            py_repr(py, self.modifiers())?,
            subject_name(s.subject)
        ))
    }
}

/// A configured detector: extra lexicon files on top of (or instead of) the embedded ones,
/// the recall factor, and whether the wording model runs (`wording_model`, default: with
/// the default lexicons). Build it once and share it, also between threads.
#[pyclass(frozen, name = "Detector", module = "jiuming")]
pub struct PyDetector {
    inner: Detector,
    recall_factor: f32,
    lexicons: Vec<PathBuf>,
}

#[pymethods]
impl PyDetector {
    #[new]
    #[pyo3(signature = (lexicons=None, *, recall_factor=DEFAULT_RECALL_FACTOR, default_lexicons=true, wording_model=None))]
    fn new(
        py: Python<'_>,
        lexicons: Option<&Bound<'_, PyAny>>,
        recall_factor: f32,
        default_lexicons: bool,
        wording_model: Option<bool>,
    ) -> PyResult<Self> {
        let paths = match lexicons {
            None => Vec::new(),
            Some(l) if l.is_instance_of::<PyString>() || l.is_instance_of::<PyBytes>() => {
                return Err(PyTypeError::new_err(
                    "lexicons must be a list of paths, not a single str (wrap it in a list)",
                ));
            }
            Some(l) => l
                .try_iter()
                .map_err(|_| {
                    PyTypeError::new_err(format!(
                        "lexicons must be a list of paths, not {}",
                        type_name(l)
                    ))
                })?
                .map(|item| {
                    let item = item?;
                    item.extract::<PathBuf>().map_err(|_| {
                        PyTypeError::new_err(format!(
                            "a lexicon must be a str or os.PathLike path, not {}",
                            type_name(&item)
                        ))
                    })
                })
                .collect::<PyResult<Vec<_>>>()?,
        };
        let built = py.detach(|| {
            let mut builder = Detector::builder().recall_factor(recall_factor);
            if !default_lexicons {
                builder = builder.without_default_lexicons();
            }
            if let Some(enabled) = wording_model {
                builder = builder.wording_model(enabled);
            }
            for path in &paths {
                builder = builder.lexicon_file(path)?;
            }
            builder.build()
        });
        let inner = built.map_err(|e| config_error(py, &e))?;
        Ok(PyDetector {
            inner,
            recall_factor,
            lexicons: paths,
        })
    }

    /// Assess one message; the GIL is released while Rust works.
    #[pyo3(signature = (text, recalled=false, id=None))]
    fn assess(
        &self,
        py: Python<'_>,
        text: &str,
        recalled: bool,
        id: Option<String>,
    ) -> PyAssessment {
        let message = message(text, recalled, id);
        py.detach(|| self.inner.assess(&message)).into()
    }

    /// Assess many messages in one call with the GIL released; `recalled` is None, one
    /// bool for all, or one bool per text.
    #[pyo3(signature = (texts, recalled=None))]
    fn assess_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        recalled: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<PyAssessment>> {
        assess_many(py, texts, recalled, &|m| self.inner.assess(&m))
    }

    /// Number of risk terms of a category in this detector's lexicon.
    fn term_count(&self, category: &str) -> PyResult<usize> {
        Ok(self.inner.term_count(parse_category(category)?))
    }

    /// The recall factor it was built with.
    #[getter]
    fn recall_factor(&self) -> f64 {
        py_float(self.recall_factor)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let files: Vec<String> = self
            .lexicons
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        let terms: usize = Category::ALL
            .iter()
            .map(|c| self.inner.term_count(*c))
            .sum();
        Ok(format!(
            "<jiuming.Detector lexicons={} recall_factor={} terms={terms}>",
            py_repr(py, files)?,
            py_repr(py, self.recall_factor())?,
        ))
    }
}

/// Assess one message with the default detector (embedded lexicons); never fails on a
/// `str`. The GIL is released while Rust works.
#[pyfunction]
#[pyo3(signature = (text, recalled=false, id=None))]
fn assess(py: Python<'_>, text: &str, recalled: bool, id: Option<String>) -> PyAssessment {
    let message = message(text, recalled, id);
    py.detach(|| crate::assess(message)).into()
}

/// Assess many messages with the default detector in one call, the GIL released;
/// `recalled` is None, one bool for all, or one bool per text.
#[pyfunction]
#[pyo3(signature = (texts, recalled=None))]
fn assess_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    recalled: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<PyAssessment>> {
    assess_many(py, texts, recalled, &|m| crate::assess(m))
}

/// jiuming (救命): flags crisis signals (self-harm, fraud victim, violent dispute) in
/// short Chinese chat messages. Use the `jiuming` package, which re-exports this module.
#[pymodule(name = "_jiuming")]
fn extension(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(assess, m)?)?;
    m.add_function(wrap_pyfunction!(assess_batch, m)?)?;
    m.add_class::<PyAssessment>()?;
    m.add_class::<PyCategoryScore>()?;
    m.add_class::<PySignal>()?;
    m.add_class::<PyDetector>()?;
    m.add("LexiconError", m.py().get_type::<LexiconError>())?;
    m.add("DEFAULT_RECALL_FACTOR", py_float(DEFAULT_RECALL_FACTOR))?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_reach_python_as_their_shortest_decimal() {
        assert_eq!(py_float(0.7), 0.7);
        assert_eq!(py_float(0.91), 0.91);
        assert_eq!(py_float(0.0), 0.0);
        assert_eq!(py_float(DEFAULT_RECALL_FACTOR), 1.5);
        assert!(py_float(f32::NAN).is_nan());
    }
}
