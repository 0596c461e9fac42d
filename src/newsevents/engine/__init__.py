"""Run engines: code a stream of inputs into JSONL and DuckDB, at scale and restartably.

``code_run`` is the one entry point. The local engine codes in this process or in worker
processes that each load the model once; the Dask engine spreads partitions over a cluster.
Both hand results, in input order, to one writer that commits them together with a resume
point, so a run killed at any moment continues where it stopped when started again.

This package imports nothing heavy at import time: worker processes import it first.
"""

from newsevents.engine.options import Coded, CoderFactory, Progress, RunOptions, RunReport
from newsevents.engine.run import code_run

__all__ = ["Coded", "CoderFactory", "Progress", "RunOptions", "RunReport", "code_run"]
