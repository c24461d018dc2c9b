"""Accounts, dates of birth and databases as translated tools print them, and the
language-independent forms that carry them: MySQL's 'user'@'host', an old full date, a
connection string's database."""

from __future__ import annotations

import itertools

import pytest

from consentry.anonymize import scrub
from consentry.anonymize.scrub import scrub_message


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("FATAL:  Passwort-Authentifizierung für Benutzer »kevin_m« fehlgeschlagen", "kevin_m"),
        ('ВАЖНО:  пользователь "ivanov_aa" не прошёл проверку подлинности', "ivanov_aa"),
        ('ФАТАЛЬНО:  користувач "shevchenko_t" не пройшов автентифікацію', "shevchenko_t"),
        ('致命的エラー:  ユーザー"tanaka_h"のパスワード認証に失敗しました', "tanaka_h"),
        ('嚴重錯誤:  使用者 "chen_yt" 密碼認證失敗', "chen_yt"),
        ("فشل تسجيل الدخول للمستخدم 'sa_finance'.", "sa_finance"),
        ("לא ניתן להתחבר לשרת: המשתמש hr_sync נדחה", "hr_sync"),
        ("सर्वर से कनेक्ट नहीं हो सका (उपयोगकर्ता: payroll_ro)", "payroll_ro"),
        ("ログインに失敗しました: ユーザー名=suzuki.y", "suzuki.y"),
        ("L'utilisateur « accueil_clinique » n'existe pas", "accueil_clinique"),
        ('no existe el usuario "garcia.l"', "garcia.l"),
        ("Fehler bei der Anmeldung für den Benutzer 'svc_lager'.", "svc_lager"),
        # MySQL's account in any language, and in English.
        ("Доступ закрыт для пользователя 'buh1c'@'192.168.1.105'", "buh1c"),
        ("'hr_admin'@'10.0.0.31' 사용자는 접근이 거부 되었습니다.", "hr_admin"),
        ("Access denied for user 'kevin'@'10.0.0.5' (using password: YES)", "kevin"),
    ],
)
def test_the_account_becomes_user(text: str, account: str) -> None:
    out = scrub_message(text)
    assert account not in out
    assert "<user>" in out


@pytest.mark.parametrize(
    "text",
    [
        "Access denied for user 'root'@'localhost' (using password: YES)",
        "GRANT ALL ON *.* TO `postgres`@`%`",
        # A bare word after the label is prose, left to the allow-list.
        "El usuario admin no existe",
        # The stem inside a longer word is no label.
        "Benutzerdefinierte Einstellung",
    ],
)
def test_role_accounts_and_prose_keep_their_words(text: str) -> None:
    out = scrub_message(text)
    assert "<user>" not in out
    for word in ("root", "postgres", "admin"):
        if word in text:
            assert word in out


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Validierungsfehler (Geburtsdatum: 02.11.1964)", "02.11.1964"),
        ("assurée : Marie, née le 12/05/1985", "12/05/1985"),
        ("(ngày sinh 15/08/1990)", "15/08/1990"),
        ("Kiss Katalin, születési dátum: 1987.05.23.", "1987.05.23"),
        ("تاريخ الميلاد: 1988/03/14", "1988/03/14"),
        ("at 12/31/1999 midnight", "12/31/1999"),
        ("since 2008-01-01", "2008-01-01"),
    ],
)
def test_a_full_date_long_past_goes(text: str, date: str) -> None:
    assert date not in scrub_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "released 2024-11-13",
        "Date: 2025-06-30T14:03:22Z",
        # No such month or day: a version, a ratio.
        "version 13.13.1999",
        "build 32.12.2001",
        "1899-12-31 is before the epoch",
    ],
)
def test_recent_dates_and_what_is_no_date_stay(text: str) -> None:
    assert scrub_message(text) == text


def test_the_newest_old_year_follows_the_calendar() -> None:
    import datetime

    newest = datetime.date.today().year - scrub._OLD_DATE_AGE
    assert scrub_message(f"on 01.02.{newest}") != f"on 01.02.{newest}"
    assert scrub_message(f"on 01.02.{newest + 1}") == f"on 01.02.{newest + 1}"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("connect failed: jdbc:mysql://10.2.3.4:3306/erp_hangzhou?user=erp_rw", "erp_hangzhou"),
        ("postgres://10.0.0.5:5432/payroll_prod", "payroll_prod"),
        ("mongodb://192.168.1.20:27017/customers_eu", "customers_eu"),
        ("postgresql://localhost/acme_crm_dev", "acme_crm_dev"),
    ],
)
def test_a_connection_strings_database_goes(text: str, name: str) -> None:
    out = scrub_message(text)
    assert name not in out
    assert "/<path>" in out


@pytest.mark.parametrize(
    "text",
    [
        "redis://localhost:6379/0",
        "postgres://localhost:5432/postgres",
        "http://127.0.0.1:11434/api/generate",
    ],
)
def test_a_database_of_one_word_or_a_number_stays(text: str) -> None:
    assert scrub_message(text) == text


def test_ipv4_octets_as_int_would_judge_them() -> None:
    values = ["0", "00", "000", "9", "09", "099", "10", "99", "100", "199", "200", "249"]
    values += ["250", "255", "256", "299", "300", "999", "010", "25", "26"]
    for parts in itertools.product(values, repeat=4):
        text = ".".join(parts)
        expected = scrub._IPV4_RE.fullmatch(text) is not None and all(
            int(part) <= 255 for part in parts
        )
        assert scrub._is_ipv4(text) == expected, text


@pytest.mark.parametrize("login", ["j.smith", "smith_j", "DUPONT_J", "suzuki_i", "ivanov_aa"])
def test_a_login_of_a_surname_and_initials_becomes_user(login: str) -> None:
    assert scrub_message(f"login {login} failed") == "login <user> failed"


# "Patient" and "Active" are surnames too; "_id" and "is_" are what identifiers add.
@pytest.mark.parametrize(
    "name", ["np.array", "os.path", "e.target", "x_train", "db.query", "patient_id", "is_active"]
)
def test_code_names_of_that_shape_stay(name: str) -> None:
    assert scrub_message(f"see {name} now") == f"see {name} now"
