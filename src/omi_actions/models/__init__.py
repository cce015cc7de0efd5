"""ORM models, one file per table; import this package to register them all."""

from omi_actions.models.app import App
from omi_actions.models.app_key import AppKey
from omi_actions.models.auth_state import AuthState
from omi_actions.models.base import Base
from omi_actions.models.conversation import Conversation
from omi_actions.models.dev_key import DevKey
from omi_actions.models.fact import Fact
from omi_actions.models.fact_submission import FactSubmission
from omi_actions.models.idempotency import IdempotencyRecord
from omi_actions.models.task import Task
from omi_actions.models.user import Enablement, User

__all__ = [
    "App",
    "AppKey",
    "AuthState",
    "Base",
    "Conversation",
    "DevKey",
    "Enablement",
    "Fact",
    "FactSubmission",
    "IdempotencyRecord",
    "Task",
    "User",
]
