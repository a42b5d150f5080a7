// Entry point of the web UI: mounts the app into index.html's #app.
import { render } from "preact";
import { App } from "./app.tsx";
import "./style.css";

render(<App />, document.getElementById("app")!);
