/**
 * LSP 3.17: until the server has answered `initialize`, a request must be refused with
 * ServerNotInitialized (-32002) and a notification dropped (except `exit`). vscode-languageserver
 * dispatches them anyway — a documentSymbol before initialize was answered with [], a didOpen was
 * kept — so this wraps the transport's reader: early messages never reach the connection, early
 * requests get the error straight from the writer.
 */
import {
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type NotificationMessage,
  type RequestMessage,
} from 'vscode-languageserver/node';

export const SERVER_NOT_INITIALIZED = -32002;

const isRequest = (m: Message): m is RequestMessage => 'method' in m && 'id' in m && (m as RequestMessage).id !== undefined;
const isNotification = (m: Message): m is NotificationMessage => 'method' in m && !('id' in m);

/** A reader that holds back every message before the first `initialize` request. */
export function gateUntilInitialize(reader: MessageReader, writer: MessageWriter): MessageReader {
  let initialized = false;
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    dispose: () => reader.dispose(),
    listen(callback: DataCallback): Disposable {
      return reader.listen((message) => {
        if (initialized) return callback(message);
        if (isRequest(message) && message.method === 'initialize') {
          initialized = true;
          return callback(message);
        }
        if (isNotification(message) && message.method === 'exit') return callback(message);
        if (isRequest(message)) {
          void writer.write({
            jsonrpc: '2.0',
            id: message.id,
            error: { code: SERVER_NOT_INITIALIZED, message: `The server is not initialized yet: send «initialize» before «${message.method}».` },
          } as Message);
        }
        // Notifications before initialize (didOpen, didChange…) are dropped, as LSP asks.
      });
    },
  };
}
