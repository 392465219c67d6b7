import { launchChromiumDriver } from './chromium.ts';
import { describeFlows } from './suite.ts';

describeFlows('Chromium', launchChromiumDriver);
