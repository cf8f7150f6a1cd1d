;;; Headless Emacs + Eglot runs the Nastavnik server on one file and writes the Flymake
;;; diagnostics it received as JSON.  Paths come from the environment.
(require 'package)
;; -Q skips site packages; Debian's elpa-* packages live under site-lisp/elpa.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'json)
(let* ((server (getenv "NASTAVNIK_SERVER"))
       (file (getenv "NASTAVNIK_FILE"))
       (out (getenv "NASTAVNIK_OUT"))
       (deadline (+ (float-time) 60)))
  (setq eglot-sync-connect 30)
  (add-to-list 'eglot-server-programs `(text-mode . ("node" ,server "--stdio")))
  (find-file file)
  (text-mode)
  ;; `eglot-ensure' waits for the command loop, which batch mode never runs: connect directly.
  (apply #'eglot (eglot--guess-contact))
  ;; Flymake reports from idle timers, which batch mode never fires; Eglot keeps what the server
  ;; published in `eglot--diagnostics' (Flymake diagnostic objects), so read those.
  (while (and (null eglot--diagnostics) (< (float-time) deadline))
    (accept-process-output nil 0.1))
  ;; Collect in the file's buffer: `eglot--diagnostics' is buffer-local.
  (let ((result
         (mapcar (lambda (d)
                   (save-excursion
                     (goto-char (flymake-diagnostic-beg d))
                     `((line . ,(1- (line-number-at-pos)))
                       (type . ,(symbol-name (flymake-diagnostic-type d)))
                       (text . ,(flymake-diagnostic-text d)))))
                 eglot--diagnostics)))
    (with-temp-file out (insert (json-encode (vconcat result)))))
  (kill-emacs 0))
