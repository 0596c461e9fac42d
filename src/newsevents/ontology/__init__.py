"""CAMEO event codes with Goldstein values and QuadClass, and the CAMEO→PLOVER mapping."""

from newsevents.ontology.cameo import CameoCode, cameo_codes, get_code, plover_for, quad_class

__all__ = ["CameoCode", "cameo_codes", "get_code", "plover_for", "quad_class"]
