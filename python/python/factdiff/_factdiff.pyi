"""Type stubs of factdiff's Rust extension module (see src/lib.rs)."""

from typing import Optional

import pyarrow as pa

__version__: str

def extract_claims(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Documents (``id``, ``text``) to claims (``claim_schema()``), default lexicon."""

def sketch_documents(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Documents (``id``, ``text``, ``story``?, ``date``?) to sketches (``sketch_schema()``)."""

def assign_stories(batches: list[pa.RecordBatch], one_story: bool = False) -> pa.RecordBatch:
    """Every sketch at once to stories (``story_schema()``: doc, story, source, title)."""

def sketch_schema() -> pa.Schema:
    """The schema of sketch batches."""

def story_schema() -> pa.Schema:
    """The schema of story batches."""

def claim_schema() -> pa.Schema:
    """The schema of claim batches."""

def finding_schema() -> pa.Schema:
    """The schema of finding batches."""

def document_schema() -> pa.Schema:
    """The schema of document batches."""

class Extractor:
    """A claim extractor with its own lexicon (JSON text; ``None``: the default)."""

    def __init__(self, lexicon: Optional[str] = None) -> None: ...
    def extract(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        """Documents to claims, as ``extract_claims`` with this lexicon."""

class Aligner:
    """Aligns one partition of claims sorted by block_key, doc, sentence, start, end, id."""

    def __init__(
        self,
        min_score: Optional[float] = None,
        hedge_tolerance: Optional[float] = None,
        max_block: Optional[int] = None,
    ) -> None: ...
    def push(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        """The findings of the blocks this batch closes (often 0 rows)."""
    def finish(self) -> pa.RecordBatch:
        """The findings of the last blocks."""
