"""The only place that loads spaCy pipelines."""

from newsevents.nlp.loader import DEFAULT_MODELS, load_model, model_info, resolve_model_name

__all__ = ["DEFAULT_MODELS", "load_model", "model_info", "resolve_model_name"]
