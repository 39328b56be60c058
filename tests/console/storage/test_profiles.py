"""Connection profiles: saved without passwords, passwords in the keyring, and the
order in which a console chooses its database."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.storage.engine import DatabaseUrlError, default_sqlite_path, normalise_url, resolve_database_url
from console.storage.profiles import LOCAL_PROFILE, Profile, ProfileError, ProfileStore
from tests.support.keyring import MemoryKeyring


def test_local_profile_is_there_by_default(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    assert [p.name for p in store.all()] == [LOCAL_PROFILE]
    assert store.default().path == str(default_sqlite_path())


def test_password_goes_to_the_keyring_only(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = ProfileStore(tmp_path)
    team = Profile(
        "Team", "postgresql", host="db.example", database="support", user="agent7", is_default=True
    )
    store.save(team, password="s3cret-Pa55")
    assert "s3cret-Pa55" not in store.path.read_text()
    assert ("support-console", team.keyring_user) in memory_keyring.secrets
    url = store.url_for(store.get("Team"))
    assert url.password == "s3cret-Pa55"
    assert url.drivername == "postgresql+psycopg"
    assert store.default().name == "Team"
    assert not store.get(LOCAL_PROFILE).is_default
    store.delete("Team")
    assert memory_keyring.secrets == {}
    assert store.default().name == LOCAL_PROFILE


def test_bad_profiles(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="host and a database"):
        Profile("x", "postgresql", host="h")
    with pytest.raises(ProfileError, match="sqlite or postgresql"):
        Profile("x", "mysql", path="p")
    store = ProfileStore(tmp_path)
    with pytest.raises(ProfileError, match="no connection profile"):
        store.get("nope")
    store.path.write_text("{not json")
    with pytest.raises(ProfileError, match="cannot read"):
        store.all()


def test_database_choice_order(tmp_path: Path) -> None:
    env = {"SUPPORT_CONSOLE_DB": "postgresql://u@h/envdb"}
    assert resolve_database_url("sqlite:///x.db", env).database == "x.db"
    assert resolve_database_url(None, env).database == "envdb"
    assert resolve_database_url(None, {}, "postgres://u@h/profiledb").database == "profiledb"
    assert resolve_database_url(None, {}).database == str(default_sqlite_path())
    assert normalise_url(str(tmp_path / "file.db")).get_backend_name() == "sqlite"
    assert normalise_url("postgres://u@h/d").drivername == "postgresql+psycopg"
    with pytest.raises(DatabaseUrlError, match="unsupported database"):
        normalise_url("mysql://u@h/d")


def test_people_passwords_are_kept_per_profile_and_login(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """A server profile needs no user of its own; each person's remembered
    password is their own entry, and the URL people sign in to carries no user."""
    store = ProfileStore(tmp_path)
    team = Profile("Team", "postgresql", host="db.example.com", database="support")
    old = Profile("Old", "postgresql", host="db.example.com", database="support", user="support_team")
    store.save(team)
    store.save(old, password="team-secret")
    assert team.describe() == "PostgreSQL db.example.com:5432/support"
    assert old.server() == "PostgreSQL db.example.com:5432/support"
    assert store.person_password(team, "aisha.rahman") is None
    store.remember_person_password(team, "aisha.rahman", "aisha's own")
    store.remember_person_password(old, "aisha.rahman", "another")
    store.remember_person_password(team, "lars.lead", "lars's own")
    assert store.person_password(team, "aisha.rahman") == "aisha's own"
    assert store.person_password(old, "aisha.rahman") == "another"
    store.forget_person_password(team, "aisha.rahman")
    store.forget_person_password(team, "aisha.rahman")  # nothing kept: no error
    assert store.person_password(team, "aisha.rahman") is None
    assert store.person_password(team, "lars.lead") == "lars's own"
    server = store.server_url(store.get("Old"))
    assert server.username is None and server.password is None and server.database == "support"
    assert store.url_for(store.get("Old")).password == "team-secret"  # the command line's, unchanged
    assert store.url_for(store.get("Team")).username is None
    assert ProfileStore.profile_of_url("postgresql://x@db.example.com:6543/support", "--db") == Profile(
        "--db", "postgresql", host="db.example.com", port=6543, database="support"
    )
    assert ProfileStore.profile_of_url("sqlite:////tmp/x.sqlite3", "--db") is None
