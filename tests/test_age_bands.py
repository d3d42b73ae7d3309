"""core/age_bands.py and core/unit_codes.py against values worked out by hand (plain Python, no QGIS)."""
import pytest

from pot_seguimiento.core.age_bands import (BROAD, BROAD_OLD, DANE_FIVE_YEAR, OPEN_BAND_LAST_AGE, Band, check_bands,
                                            parse_column, persons_at, persons_in, total_counts, totals_by_sex)
from pot_seguimiento.core.errors import InputError
from pot_seguimiento.core.unit_codes import UnitIndex, canonical

# Santa Bárbara (UPZ 016) in 2024, as SDP publishes it: 14,580 / 40,366 / 20,414.
SANTA_BARBARA = dict(zip(BROAD, (14_580, 40_366, 20_414)))
OLD = dict(zip(BROAD_OLD, (300, 1000, 100)))


def test_whole_bands_add_up_exactly():
    assert persons_in(SANTA_BARBARA, 0, 14) == (14_580, True)
    assert persons_in(SANTA_BARBARA, 15) == (40_366 + 20_414, True)  # 15 and older
    assert persons_in(SANTA_BARBARA, 0) == (75_360, True)  # everybody: the UPZ's population
    five = {band: 10 * (k + 1) for k, band in enumerate(DANE_FIVE_YEAR)}  # 10, 20, …, 170 (80 y más)
    assert persons_in(five, 0, 14) == (10 + 20 + 30, True)
    assert persons_in(five, 60) == (130 + 140 + 150 + 160 + 170, True)


def test_a_band_cut_by_the_range_counts_its_share_of_single_years():
    # 15–64 from 0–14/15–59/60+: all of 15–59, and 60–64 is 5 of the 40 years 60…99 of the open band.
    assert OPEN_BAND_LAST_AGE == 99
    assert persons_in(SANTA_BARBARA, 15, 64) == (pytest.approx(40_366 + 20_414 * 5 / 40), False)
    assert persons_in(SANTA_BARBARA, 65) == (pytest.approx(20_414 * 35 / 40), False)
    # Early childhood 0–5 from 0–14: 6 of 15 years. A school range 10–20: 5/15 of 0–14 and 6/45 of 15–59.
    assert persons_in(SANTA_BARBARA, 0, 5) == (pytest.approx(14_580 * 6 / 15), False)
    assert persons_in(SANTA_BARBARA, 10, 20) == (pytest.approx(14_580 * 5 / 15 + 40_366 * 6 / 45), False)
    # The old fixed columns to the new broad groups: 15–59 is 45 of 50 years of 15–64; 60+ the other 5 and 65+.
    assert persons_in(OLD, 15, 59) == (pytest.approx(900), False)
    assert persons_in(OLD, 60) == (pytest.approx(100 + 100), False)


def test_ages_no_band_covers_are_unknown_never_zero():
    no_elders = {Band(0, 14): 300, Band(15, 59): 900}
    assert persons_in(no_elders, 0, 59) == (1200, True)
    assert persons_in(no_elders, 50, 70) == (None, False)
    assert persons_in(no_elders, 60) == (None, False)
    assert persons_in({Band(0, 4): 5, Band(10, 14): 7}, 0, 14) == (None, False)  # 5–9 missing
    assert persons_in({Band(0, 14): None, Band(15): 9}, 0) == (None, False)  # a band without a value
    with pytest.raises(InputError):
        persons_in(SANTA_BARBARA, 20, 10)


def test_band_fields_are_named_as_users_write_them():
    assert parse_column("edad_0_14") == ("total", Band(0, 14))
    assert parse_column("EDAD_60_MAS") == ("total", Band(60))
    assert parse_column("edad_80_y_mas") == ("total", Band(80))
    assert parse_column("mujeres_edad_0_4") == ("mujeres", Band(0, 4))
    assert parse_column("hombres_edad_80_mas") == ("hombres", Band(80))
    assert parse_column("edad") is None and parse_column("poblacion_0_14") is None
    assert Band(60).column() == "edad_60_mas" and Band(0, 4).column("mujeres") == "mujeres_edad_0_4"
    assert Band(60).label() == "60 y más" and Band(15, 59).label() == "15–59"


def test_overlapping_or_reversed_bands_are_refused():
    assert check_bands(list(DANE_FIVE_YEAR)) == [] and check_bands(list(BROAD)) == []
    # (messages in the language of the session: English alone, Spanish once the plugin is loaded)
    (overlap,) = check_bands([Band(0, 14), Band(10, 19)])
    assert "0–14" in overlap and "10–19" in overlap
    (overlap,) = check_bands([Band(60), Band(65)])
    assert "60 y más" in overlap and "65 y más" in overlap
    (reversed_band,) = check_bands([Band(10, 5)])
    assert "10–5" in reversed_band


def test_both_sexes_make_the_total_when_no_total_is_given():
    by_sex = {"mujeres": {Band(0, 14): 10, Band(15): 20}, "hombres": {Band(0, 14): 11, Band(15): 19}}
    assert total_counts(by_sex) == {Band(0, 14): 21, Band(15): 39}
    assert total_counts({"mujeres": {Band(0, 14): 10}}) == {}  # one sex alone is not the total
    assert total_counts({"total": {Band(0): 5}, **by_sex}) == {Band(0): 5}


def test_the_vectorised_rule_gives_each_row_what_persons_in_gives_it():
    """persons_at (the accountability report's age groups over a million band rows) against persons_in row by row:
    totals, both sexes with the same bands, sexes with different bands (unknown, as total_counts says), a row whose
    bands leave a gap, a row without bands."""
    rows = {0: [("total", 0, 14, 14_580), ("total", 15, 59, 40_366), ("total", 60, None, 20_414)],
            1: [("mujeres", 0, 14, 10), ("mujeres", 15, None, 20), ("hombres", 0, 14, 11), ("hombres", 15, None, 19)],
            2: [("mujeres", a, a + 4, 3) for a in range(0, 80, 5)] + [
                ("mujeres", 80, None, 2), ("hombres", 0, 14, 9), ("hombres", 15, None, 30)],
            3: [("total", 0, 4, 7), ("total", 10, None, 50)],
            4: []}
    band_rows = {"sexo": [], "edad_desde": [], "edad_hasta": [], "personas": []}
    position = []
    for row, bands in rows.items():
        for sexo, desde, hasta, persons in bands:
            for name, value in zip(band_rows, (sexo, desde, hasta, persons)):
                band_rows[name].append(value)
            position.append(row)
    for band in BROAD + (Band(0, 5), Band(12, 20), Band(65)):
        got = persons_at(band_rows, position, len(rows), band.desde, band.hasta, same_bands=True)
        for row, bands in rows.items():
            expected = persons_in(total_counts(totals_by_sex(b for b in bands)), band.desde, band.hasta)[0]
            assert (got[row] != got[row]) if expected is None else got[row] == pytest.approx(expected, rel=1e-12), \
                (row, band)
    # Without same_bands (the services observatory's rule), sexes with different bands that both cover the range add up.
    assert persons_at(band_rows, position, len(rows), 0, 14)[2] == 3 * 3 + 9


def test_unit_codes_have_one_form_per_level():
    for written in ("UPZ16", "UPZ 16", "upz-16", "16", "016", 16, 16.0, "16.0", " 016 "):
        assert canonical("upz", written) == "016", written
    assert canonical("localidad", "1") == "01" and canonical("localidad", "Localidad 20") == "20"
    assert canonical("upr", "UPR3") == "3" and canonical("municipio", 5001) == "05001"
    assert canonical("upz", "UPZ 117") == "117" and canonical("upz", "1170") == "1170"
    assert canonical("barrio", " 008303 ") == "008303"  # no numbered form: as written, trimmed
    assert canonical("upz", "Chapinero") == "Chapinero" and canonical("upz", None) is None


def test_codes_match_within_their_level_only():
    index = UnitIndex(["localidad", "upz", "upz", "upr"], ["16", "016", "001", "1"], blocks=["MZ01"])
    assert index.find("upz", "UPZ16") == "016" and index.find("localidad", "UPZ16") is None
    assert index.find("upr", "001") == "1" and index.find("upz", "1") == "001"  # each in its own level
    assert index.find("manzana", "MZ01") == "MZ01" and index.find("manzana", "mz01") is None
    assert index.levels_of("UPZ16", exact_first=False) == [("upz", "016")]
    assert sorted(index.levels_of("16", exact_first=False)) == [("localidad", "16"), ("upz", "016")]
    assert index.levels_of("16") == [("localidad", "16")]  # an older expediente's rows: the exact code wins
