"""Who is responsible for the data of this deployment: bot/data/deployment.yml.

The file names the controller (a municipality / its OCMW, or CAW Brussel),
its data-protection officer and the legal basis; the privacy page shows them.
It is validated with pydantic (as criteria.yml): a broken file raises
`DeploymentError` with a message that names the problem.

The file shipped with Stapsteen holds DEMO values (`demo: true`,
"Voorbeeld-gemeente"), good for `make run`. In production
(STAPSTEEN_ENV=production) `check_for_start()` refuses a missing file, `demo:
true`, or a value that still says "Voorbeeld"; the web server (web/app.py
create_app) and the action server (actions/common.py, on import) call it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from bot import settings
from bot.datafile import load_model

LOCAL_AUTHORITY = "local_authority"  # municipality / OCMW: a Flemish public body
NON_PROFIT = "non_profit"  # e.g. CAW Brussel (vzw)
CONTROLLER_TYPES = (LOCAL_AUTHORITY, NON_PROFIT)
# The supervisory authority per controller type: Flemish public bodies answer to the
# Vlaamse Toezichtcommissie, private bodies to the federal Gegevensbeschermingsautoriteit.
VTC, GBA = "vtc", "gba"
AUTHORITY_OF = {LOCAL_AUTHORITY: VTC, NON_PROFIT: GBA}

EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
PHONE_PATTERN = r"^\+?[0-9][0-9 ./-]{5,20}$"
DEMO_MARK = re.compile(r"voorbeeld|example", re.I)


class DeploymentError(ValueError):
    """The deployment file is missing or invalid, or not fit for production."""


class _Strict(BaseModel):
    class Config:
        extra = "forbid"
        allow_mutation = False
        anystr_strip_whitespace = True


class Contact(_Strict):
    name: str = Field(..., min_length=3, max_length=120)
    email: str = Field(..., regex=EMAIL_PATTERN, max_length=120)
    phone: str = Field(..., regex=PHONE_PATTERN)
    address: str = Field(..., min_length=5, max_length=200)


class Controller(Contact):
    type: str = Field(..., regex=f"^({'|'.join(CONTROLLER_TYPES)})$")


class LegalBasis(_Strict):
    consent: str = Field(..., min_length=3, max_length=120)  # GDPR art. 6.1.a
    health: str = Field(..., min_length=3, max_length=120)  # GDPR art. 9.2.a


class Deployment(_Strict):
    demo: bool
    controller: Controller
    dpo: Contact
    legal_basis: LegalBasis

    @property
    def authority(self) -> str:
        """`vtc` or `gba`: where a family can complain (by controller type)."""
        return AUTHORITY_OF[self.controller.type]

    def demo_values(self) -> list[str]:
        """The fields that still hold an example value ("Voorbeeld", "example")."""
        found = []
        for part in ("controller", "dpo", "legal_basis"):
            for name, value in getattr(self, part).dict().items():
                if isinstance(value, str) and DEMO_MARK.search(value):
                    found.append(f"{part}.{name}")
        return found


def load_deployment(path: Path | None = None) -> Deployment:
    """Load and validate a deployment file. Raises DeploymentError on any problem."""
    path = Path(path) if path else settings.deployment_file()
    return load_model(path, Deployment, DeploymentError, "deployment file")


@lru_cache(maxsize=1)
def deployment() -> Deployment:
    """The deployment in force (cached): bot/data/deployment.yml or STAPSTEEN_DEPLOYMENT_FILE."""
    return load_deployment()


def check_for_start(production: bool | None = None, path: Path | None = None) -> Deployment:
    """The deployment, checked for a start: always valid; in production also
    real (not `demo: true`, no "Voorbeeld" left). DeploymentError otherwise,
    with what to do."""
    if production is None:
        production = settings.production()
    dep = load_deployment(path)
    if production:
        where = path or settings.deployment_file()
        how = f"copy bot/data/deployment.yml, fill it in and set {settings.DEPLOYMENT_FILE_ENV}"
        if dep.demo:
            raise DeploymentError(
                f"deployment file {where} holds demo values (demo: true); production needs the real controller "
                f"and data-protection officer ({how})"
            )
        left = dep.demo_values()
        if left:
            raise DeploymentError(f"deployment file {where} still holds example values in {', '.join(left)} ({how})")
    return dep
