"""Encryption at rest: key file, environment key, rotation, wrong and malformed keys."""
from __future__ import annotations

import stat

import pytest
from cryptography.fernet import Fernet, InvalidToken

from bot import crypto
from bot.crypto import CryptoKeyError

VALUE = {"name": "Griet Vanderstraeten-Zwijsen", "phone": "+32 470 98 76 54", "note": "é ü ë"}


@pytest.fixture
def no_env_key(var_dir, monkeypatch):
    monkeypatch.delenv("STAPSTEEN_SECRET_KEY", raising=False)
    return var_dir


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_round_trip(var_dir):
    token = crypto.encrypt_json(VALUE)
    assert isinstance(token, bytes)
    assert b"Griet" not in token and b"470" not in token
    assert crypto.decrypt_json(token) == VALUE
    assert crypto.decrypt_json(None) is None


def test_key_file_is_created_0600_on_first_use_and_reused(no_env_key):
    key_file = no_env_key / "secret.key"
    assert not key_file.exists()
    token = crypto.encrypt_json(VALUE)
    assert key_file.is_file()
    assert mode(key_file) == 0o600
    key = key_file.read_bytes().strip()
    Fernet(key)                                       # a valid Fernet key
    assert Fernet(key).decrypt(token)                 # and the one that encrypted

    # a fresh cipher (as in a new process) reads the same file, does not replace it
    again = crypto.build_cipher(None, key_file)
    assert crypto.decrypt_json(token, again) == VALUE
    assert key_file.read_bytes().strip() == key
    assert mode(key_file) == 0o600


def test_key_file_location_can_be_set(no_env_key, tmp_path, monkeypatch):
    key_file = tmp_path / "keys" / "nested" / "stapsteen.key"
    monkeypatch.setenv("STAPSTEEN_KEY_FILE", str(key_file))
    token = crypto.encrypt_json(VALUE)
    assert key_file.is_file() and mode(key_file) == 0o600
    assert not (no_env_key / "secret.key").exists()
    assert Fernet(key_file.read_bytes().strip()).decrypt(token)


def test_existing_key_file_is_used(no_env_key):
    key = Fernet.generate_key()
    key_file = no_env_key / "secret.key"
    key_file.write_bytes(key + b"\n")
    token = crypto.encrypt_json(VALUE)
    assert Fernet(key).decrypt(token)
    assert key_file.read_bytes().strip() == key


def test_env_key_wins_over_key_file(var_dir, monkeypatch):
    file_key = Fernet.generate_key()
    (var_dir / "secret.key").write_bytes(file_key + b"\n")
    env_key = Fernet.generate_key()
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", env_key.decode())
    token = crypto.encrypt_json(VALUE)
    assert Fernet(env_key).decrypt(token)
    with pytest.raises(InvalidToken):
        Fernet(file_key).decrypt(token)


def test_env_key_creates_no_key_file(var_dir):
    crypto.encrypt_json(VALUE)
    assert not (var_dir / "secret.key").exists()


def test_rotation_with_multifernet(var_dir, monkeypatch):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", old)
    old_token = crypto.encrypt_json(VALUE)

    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", f"{new}, {old}")   # new first, old still decrypts
    assert crypto.decrypt_json(old_token) == VALUE
    new_token = crypto.encrypt_json(VALUE)
    assert Fernet(new.encode()).decrypt(new_token)                  # the first key encrypts
    with pytest.raises(InvalidToken):
        Fernet(old.encode()).decrypt(new_token)

    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", new)                 # old key retired
    assert crypto.decrypt_json(new_token) == VALUE
    with pytest.raises(CryptoKeyError):
        crypto.decrypt_json(old_token)


def test_rotation_through_the_store(var_dir, sqlite_url, monkeypatch, person, answers):
    from bot.store import Contact, Store

    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", old)
    store = Store(sqlite_url)
    ref = store.create_referral(channel="web", recorded_by="self", municipality="Gent",
                                recipient="OCMW Gent", contact=Contact(**person),
                                answers=answers, share_answers=True)
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", f"{new},{old}")
    item = store.get(ref, with_contact=True, actor="worker-1")
    assert item["contact"] == person and item["criteria"] == answers
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", Fernet.generate_key().decode())   # wrong key
    with pytest.raises(CryptoKeyError):
        store.get(ref, with_contact=True, actor="worker-1")
    store.engine.dispose()


def test_wrong_key_raises_crypto_key_error(var_dir, monkeypatch):
    token = crypto.encrypt_json(VALUE)
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", Fernet.generate_key().decode())
    with pytest.raises(CryptoKeyError):
        crypto.decrypt_json(token)


def test_tampered_token_raises_crypto_key_error(var_dir):
    token = bytearray(crypto.encrypt_json(VALUE))
    token[-5] = ord("A") if token[-5] != ord("A") else ord("B")
    with pytest.raises(CryptoKeyError):
        crypto.decrypt_json(bytes(token))


@pytest.mark.parametrize("bad", [
    "not-a-key",
    "c2hvcnQ=",                                        # valid base64, too short
    Fernet.generate_key().decode()[:-4],               # truncated
    "%s,garbage" % Fernet.generate_key().decode(),     # one good, one bad
], ids=["not-a-key", "too-short", "truncated", "good-and-garbage"])  # fixed ids: pytest-xdist workers must agree
def test_malformed_env_key(var_dir, monkeypatch, bad):
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", bad)
    with pytest.raises(CryptoKeyError):
        crypto.encrypt_json(VALUE)
    with pytest.raises(CryptoKeyError):
        crypto.build_cipher(bad)


def test_malformed_key_file(no_env_key):
    (no_env_key / "secret.key").write_text("this is no key\n")
    with pytest.raises(CryptoKeyError):
        crypto.encrypt_json(VALUE)
    assert (no_env_key / "secret.key").read_text() == "this is no key\n"   # not overwritten


# --- several processes creating the key file at once --------------------------------------
def _slow_disk_create(path: str, barrier, results) -> None:
    """One process (spawned) that creates or reads the key file at the same moment as the
    others, on a slow disk: every file it creates stays empty for 0.3 s before it is written."""
    import os
    import time
    from pathlib import Path

    from bot import crypto as module

    real_open = os.open

    def slow_open(file, flags, *args, **kwargs):
        fd = real_open(file, flags, *args, **kwargs)
        if flags & os.O_CREAT:
            time.sleep(0.3)
        return fd

    os.open = slow_open
    barrier.wait()
    results.put(module.read_or_create_secret(Path(path)))


def test_processes_racing_to_create_the_key_file_all_get_the_same_complete_key(tmp_path):
    """The key file appears complete or not at all: a process starting at the same moment never
    reads an empty key, and two creators never end with two keys."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    for round_ in range(2):
        path = tmp_path / f"round-{round_}" / "secret.key"
        barrier, results = context.Barrier(5), context.Queue()
        procs = [context.Process(target=_slow_disk_create, args=(str(path), barrier, results)) for _ in range(5)]
        for proc in procs:
            proc.start()
        keys = [results.get(timeout=60) for _ in procs]
        for proc in procs:
            proc.join(timeout=30)
            assert proc.exitcode == 0
        assert len(set(keys)) == 1 and keys[0], keys
        assert path.read_bytes() == keys[0].encode() + b"\n" and mode(path) == 0o600
        Fernet(keys[0].encode())
        assert [p.name for p in path.parent.iterdir()] == ["secret.key"]   # no temporary file left


def test_threads_racing_to_create_the_key_file_all_get_the_same_key(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    path = tmp_path / "secret.key"
    with ThreadPoolExecutor(8) as pool:
        keys = list(pool.map(lambda _: crypto.read_or_create_secret(path), range(32)))
    assert len(set(keys)) == 1 and keys[0] and path.read_text().strip() == keys[0]
    assert [p.name for p in tmp_path.iterdir()] == ["secret.key"]


# --- issue 10: no new key over encrypted data; production key location ---------------------
def _store_with_referral(sqlite_url, person, answers):
    from bot.store import Contact, Store

    store = Store(sqlite_url)
    store.create_referral(
        channel="web",
        recorded_by="self",
        municipality="Gent",
        recipient="OCMW Gent",
        contact=Contact(**person),
        answers=answers,
        share_answers=True,
    )
    return store


def test_missing_key_file_with_encrypted_data_refuses_a_new_key(no_env_key, sqlite_url, monkeypatch, person, answers):
    from bot.store import Store

    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", sqlite_url)
    key_file = no_env_key / "secret.key"
    store = _store_with_referral(sqlite_url, person, answers)
    assert key_file.is_file()
    key_file.unlink()
    crypto.cache_clear()  # as in a new process
    with pytest.raises(crypto.MissingKeyError) as info:
        crypto.encrypt_json(VALUE)
    message = str(info.value)
    assert "STAPSTEEN_SECRET_KEY" in message and str(key_file) in message and "encrypted" in message
    assert not key_file.exists()
    with pytest.raises(crypto.MissingKeyError):  # the start stops too
        Store(sqlite_url)
    assert not key_file.exists()
    assert [p.name for p in no_env_key.iterdir()] == []  # no temporary file either
    store.engine.dispose()


def test_missing_key_file_without_encrypted_data_is_created(no_env_key, sqlite_url, monkeypatch):
    from bot.store import Store

    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", sqlite_url)
    store = Store(sqlite_url)  # fresh database: development as before
    crypto.encrypt_json(VALUE)
    assert (no_env_key / "secret.key").is_file()
    store.engine.dispose()


def test_production_refuses_the_default_key_file(no_env_key, monkeypatch):
    monkeypatch.setenv("STAPSTEEN_ENV", "production")
    with pytest.raises(CryptoKeyError, match="STAPSTEEN_KEY_FILE"):
        crypto.encrypt_json(VALUE)
    assert not (no_env_key / "secret.key").exists()


def test_production_refuses_a_key_file_next_to_the_sqlite_database(no_env_key, tmp_path, monkeypatch):
    database = tmp_path / "data" / "stapsteen.db"
    monkeypatch.setenv("STAPSTEEN_ENV", "production")
    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", f"sqlite:///{database}")
    monkeypatch.setenv("STAPSTEEN_KEY_FILE", str(database.parent / "secret.key"))
    with pytest.raises(CryptoKeyError, match="next to the SQLite database"):
        crypto.encrypt_json(VALUE)
    assert not (database.parent / "secret.key").exists()


def test_production_accepts_an_explicit_key_file_elsewhere_or_the_env_key(no_env_key, tmp_path, monkeypatch):
    monkeypatch.setenv("STAPSTEEN_ENV", "production")
    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", f"sqlite:///{tmp_path / 'data' / 'stapsteen.db'}")
    monkeypatch.setenv("STAPSTEEN_KEY_FILE", str(tmp_path / "keys" / "stapsteen.key"))
    assert crypto.decrypt_json(crypto.encrypt_json(VALUE)) == VALUE
    monkeypatch.delenv("STAPSTEEN_KEY_FILE")
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", Fernet.generate_key().decode())
    assert crypto.decrypt_json(crypto.encrypt_json(VALUE)) == VALUE


def test_key_file_with_several_keys(no_env_key):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    old_token = Fernet(old.encode()).encrypt(b'"x"')
    crypto.write_key_file(no_env_key / "secret.key", [new, old])
    assert mode(no_env_key / "secret.key") == 0o600
    assert crypto.decrypt_json(old_token) == "x"
    assert Fernet(new.encode()).decrypt(crypto.encrypt_json(VALUE))
