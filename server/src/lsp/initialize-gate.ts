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
  ErrorCodes,
  Message,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';

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
        if (Message.isRequest(message) && message.method === 'initialize') {
          initialized = true;
          return callback(message);
        }
        if (Message.isNotification(message) && message.method === 'exit') return callback(message);
        if (Message.isRequest(message)) {
          const refusal: ResponseMessage = {
            jsonrpc: '2.0',
            id: message.id,
            error: {
              code: ErrorCodes.ServerNotInitialized,
              message: `The server is not initialized yet: send «initialize» before «${message.method}».`,
            },
          };
          void writer.write(refusal);
        }
        // Notifications before initialize (didOpen, didChange…) are dropped, as LSP asks.
      });
    },
  };
}
