"""Calibration of the validator: planted-error records in every error class, correct
paraphrases that must pass, and the recall and false-reject figures measured on them
(``iad-data validate --calibrate``; every published card states them)."""

from iad_data.tasks.calibration.books import (
    DEFAULT_PHRASEBOOK,
    PHRASEBOOKS,
    Phrasebook,
    phrasebook,
)
from iad_data.tasks.calibration.suite import (
    ERROR_CLASSES,
    TARGET_FALSE_REJECT,
    TARGET_RECALL,
    BaseRecords,
    CalibrationReport,
    Case,
    ClassResult,
    ErrorClass,
    build_base,
    build_cases,
    calibration_figures,
    class_names,
    measure,
    plant_cases,
    report_path,
    run_calibration,
    suite_version,
    validator_version,
)

__all__ = [
    "DEFAULT_PHRASEBOOK",
    "ERROR_CLASSES",
    "PHRASEBOOKS",
    "TARGET_FALSE_REJECT",
    "TARGET_RECALL",
    "BaseRecords",
    "CalibrationReport",
    "Case",
    "ClassResult",
    "ErrorClass",
    "Phrasebook",
    "build_base",
    "build_cases",
    "calibration_figures",
    "class_names",
    "measure",
    "phrasebook",
    "plant_cases",
    "report_path",
    "run_calibration",
    "suite_version",
    "validator_version",
]
