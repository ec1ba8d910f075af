import { render } from 'preact';

render(<p>Karabakh Context</p>, document.getElementById('app')!);
