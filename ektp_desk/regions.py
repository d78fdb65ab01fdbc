"""Region codes the office knows by name (Kabupaten Bogor: province 32, regency 01)."""

from __future__ import annotations

BOGOR_PREFIX = "3201"

# Kecamatan of Kabupaten Bogor in code order: code 01 is Cibinong, 40 is Tenjolaya.
BOGOR_KECAMATAN = (
    "Cibinong", "Gunungputri", "Citeureup", "Sukaraja", "Babakan Madang", "Jonggol",
    "Cileungsi", "Cariu", "Sukamakmur", "Parung", "Gunungsindur", "Kemang", "Bojonggede",
    "Leuwiliang", "Ciampea", "Cibungbulang", "Pamijahan", "Rumpin", "Jasinga", "Parungpanjang",
    "Nanggung", "Cigudeg", "Tenjo", "Ciawi", "Cisarua", "Megamendung", "Caringin", "Cijeruk",
    "Ciomas", "Dramaga", "Tamansari", "Klapanunggal", "Ciseeng", "Rancabungur", "Sukajaya",
    "Tanjungsari", "Tajurhalang", "Cigombong", "Leuwisadeng", "Tenjolaya",
)  # fmt: skip


def bogor_kecamatan_code(name: str) -> str:
    """The two-digit code of a Kabupaten Bogor kecamatan ("Cibinong" -> "01")."""
    return f"{BOGOR_KECAMATAN.index(name) + 1:02d}"
