"""A client library for accessing kie.ai jobs API (bundled)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
