"""socket.io channel that also delivers `custom` payloads.

Rasa 3.6's SocketIOOutput.send_custom_json passes the custom dict as keyword
arguments to `sio.emit` (it expects {"data": ..., "room": ...}), so a custom
payload like {"criterion": "income", "index": 1, "total": 6} never reaches the
browser. Here the dict is emitted as the event's data, like REST does.
"""

from typing import Any

from rasa.core.channels import socketio as rasa_socketio


async def _send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
    await self.sio.emit(self.bot_message_evt, dict(json_message), room=recipient_id)


# The output object is created inside Rasa's request handler, so the method is
# replaced on the class; this module is only imported by the channel below.
rasa_socketio.SocketIOOutput.send_custom_json = _send_custom_json


class SocketIOInput(rasa_socketio.SocketIOInput):
    """Rasa's socket.io input channel (same name, path and events)."""
