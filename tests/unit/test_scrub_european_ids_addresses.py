"""National numbers and addresses as other countries write them: Germany's pension
insurance number, the Czech and Slovak birth number, Spanish, Argentine, Brazilian,
Polish and Dutch numbers after their names, postcodes after their labels or before a
town, and French, southern European and German streets."""

from __future__ import annotations

import pytest

from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Versicherungsnummer 65 170839 J 003 gehört nicht zu", "170839"),
        ("rvnr=65170839J003", "170839"),
        ("Neplatné rodné číslo 855312/1234 pro pojištěnce", "855312"),
        ("rc=905512/1234 neplatne", "905512"),
        ("CUIT 20-30456789-3 no corresponde (DNI 30.456.789)", "30.456.789"),
        ("el NIE X1234567L ya está asociado", "X1234567L"),
        ("CPF: 123.456.789-09 inválido", "456.789"),
        ("PESEL 85031212345 nie istnieje", "85031212345"),
        ("BSN nr. 123456782 onbekend", "123456782"),
        ("CEP 01304-001 não encontrado", "01304"),
        ("PLZ: 83022 ungültig", "83022"),
        ("Anschrift: Am Mühlbach 7, 83022 Rosenheim", "Mühlbach"),
        ("Anschrift: Am Mühlbach 7, 83022 Rosenheim", "Rosenheim"),
        ("l'appartement du 12 rue des Lilas, 69003 Lyon", "Lilas"),
        ("8 avenue Jean Jaurès, 31000 Toulouse", "Jaurès"),
        ("Endereço: Rua Augusta, 1508, apto 72", "Augusta"),
        ("domicilio Av. Corrientes 1234, piso 5", "Corrientes"),
        ("residente in Via Toledo 256, 80134 Napoli", "Toledo"),
        ("Lieferadresse Hauptstraße 5 unbekannt", "Hauptstraße"),
        ("zam. ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa", "Warszawa"),
    ],
)
def test_the_number_or_the_address_goes(text: str, value: str) -> None:
    assert value not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "progress 123456/1234",  # no month 34
        "CPF 3 is required",
        "limit exceeded, 10000 Requests per day",
        "is true if the value is set",
        "fetched via npm 10 times",
        "I am 5 minutes late",
        "Invalid input: expected 2 fields",
    ],
)
def test_numbers_and_words_that_are_no_one_s_stay(text: str) -> None:
    assert scrub_message(text) == text
