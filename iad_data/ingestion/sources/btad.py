"""BTAD (beanTech Anomaly Detection, "BTech" in anomalib): MVTec's convention with ``ok``/``ko``.

Products ``01``, ``02``, ``03``; normal images in ``ok``, anomalous in ``ko``. Images are
``.bmp`` or ``.png`` depending on the product; masks share the image's stem with no suffix
and are ``.png``, except product 03 whose masks are ``.bmp`` (anomalib's ``prepare_data``
converts all of them to ``.png``, so both are accepted everywhere).
"""

from __future__ import annotations

from iad_data.ingestion.sources.mvtec_style import ConventionSource, FolderConvention

CONVENTION = FolderConvention(
    normal_dirs=("ok",),
    mask_suffixes=("",),
    mask_extensions=(".png", ".bmp", ".PNG", ".BMP"),
)


class BTAD(ConventionSource):
    convention = CONVENTION
    name = "btad"
    cli_name = "btad"
    title = "BTAD"
    license = "CC-BY-NC-SA-4.0"
    license_url = "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    citation = (
        "Mishra et al., VT-ADL: A Vision Transformer Network for Image Anomaly Detection "
        "and Localization, ISIE 2021"
    )
    layout = """\
ROOT/<product>/train/ok/0000.bmp            (products 01, 02, 03; 02 is .png)
ROOT/<product>/test/ok/0000.bmp
ROOT/<product>/test/ko/0000.bmp
ROOT/<product>/ground_truth/ko/0000.png     (same stem, no suffix; .bmp for 03)
ROOT is BTech_Dataset_transformed/ (anomalib renames it BTech/)."""
    categories = ("01", "02", "03")
